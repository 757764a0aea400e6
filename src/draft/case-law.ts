/**
 * A court's papers, named by their case: "Judgment of the Court in Case C-588/24", "Order of the
 * General Court in Case T-12/25", "Opinion of Advocate General Marković in Case C-588/24". A
 * judgment or an order is a legal act; an Advocate General's opinion is a reasoned report. A
 * national court's judgment is named by its ECLI.
 */
import type { SmallLetterWork } from './small-letter-documents.js';

const CASE_PAPER =
  /\b(Judgment|Order|Opinion)(?:[ \t]+of[ \t]+(?:the[ \t]+(?:General[ \t]+)?Court(?:[ \t]+\([\p{L} ]{3,30}\))?|Advocate[ \t]+General[ \t]+\p{Lu}[\p{L}'’-]+))?[ \t]+in[ \t]+(?:Joined[ \t]+)?Cases?[ \t]+[CTF]-\d{1,4}\/\d{2}(?:[ \t]+P)?/gu;

/**
 * A judgment's European Case Law Identifier: "ECLI:NL:RBDHA:2026:4127", "ECLI:EU:C:2025:123".
 * The identifier names the judgment (once, however often the page repeats it).
 */
const ECLI = /\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:(?:19|20)\d{2}:[A-Z0-9.]{1,25}\b/g;

export function caseLawWorks(text: string): SmallLetterWork[] {
  const ecli = [...text.matchAll(ECLI)].filter(
    (m, k, all) => all.findIndex((o) => o[0] === m[0]) === k,
  );
  return [
    ...ecli.map((m) => ({ name: m[0], kind: 'LEGAL_ACT', head: 'judgment', start: m.index })),
    ...casePapers(text),
  ];
}

function casePapers(text: string): SmallLetterWork[] {
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
