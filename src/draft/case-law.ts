/**
 * A court's papers, named by their case: "Judgment of the Court in Case C-588/24", "Order of the
 * General Court in Case T-12/25", "Opinion of Advocate General Marković in Case C-588/24". A
 * judgment or an order is a legal act; an Advocate General's opinion is a reasoned report.
 */
import type { SmallLetterWork } from './small-letter-documents.js';

const CASE_PAPER =
  /\b(Judgment|Order|Opinion)(?:[ \t]+of[ \t]+(?:the[ \t]+(?:General[ \t]+)?Court(?:[ \t]+\([\p{L} ]{3,30}\))?|Advocate[ \t]+General[ \t]+\p{Lu}[\p{L}'’-]+))?[ \t]+in[ \t]+(?:Joined[ \t]+)?Cases?[ \t]+[CTF]-\d{1,4}\/\d{2}(?:[ \t]+P)?/gu;

export function caseLawWorks(text: string): SmallLetterWork[] {
  return [...text.matchAll(CASE_PAPER)].map((m) => {
    const head = m[1]!.toLowerCase();
    return {
      name: m[0],
      kind: head === 'opinion' ? 'REPORT' : 'LEGAL_ACT',
      head,
      start: m.index,
    };
  });
}
