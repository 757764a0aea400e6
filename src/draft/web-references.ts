/**
 * An encyclopedia's reference list: '2. "Münchner Start-up Virtuome sammelt 18 Millionen Euro ein".
 * Süddeutsche Zeitung. 12 May 2021.' and '5. "Dassault Systèmes and Virtuome join forces" (Press
 * release). Dassault Systèmes. 7 March 2023.' The quoted title is a document (a press release
 * when the bracket says so, else an article) and the words after it its publisher; a date with
 * its year follows them (not a programme's '1. "Talk". Speaker. Room A.').
 */
import type { SmallLetterWork } from './small-letter-documents.js';

const ENTRY =
  /^[ \t]*(?:\d{1,3}\.|\^|\[\d{1,3}\])[ \t]+["“]([^"“”\n]{3,200}?)[.,]?["”](?:[ \t]+\(([^()\n]{2,40})\))?\.[ \t]+([^\n.]{2,80})\.(?=[ \t][^\n]*\b(?:19|20)\d{2}\b)/gmu;

export interface WebReference extends SmallLetterWork {
  /** Where the publisher's name is. */
  readonly publisher: { readonly start: number; readonly end: number };
}

export function webReferences(text: string): WebReference[] {
  const found = [...text.matchAll(ENTRY)];
  // (a list: one quoted title before a full stop may be a quote; two entries make a list)
  if (found.length < 2) return [];
  return found.map((m) => {
    const name = m[1]!.trim();
    const press = /^press release$/i.test(m[2]?.trim() ?? '');
    const start = m.index + m[0].indexOf(name);
    const publisherStart = m.index + m[0].lastIndexOf(m[3]!);
    return {
      name,
      kind: press ? 'PRESS_RELEASE' : 'ARTICLE',
      head: press ? 'press release' : 'article',
      start,
      publisher: { start: publisherStart, end: publisherStart + m[3]!.trim().length },
    };
  });
}
