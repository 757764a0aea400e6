/**
 * A statute or a statutory instrument cited by its short title and year, as common-law
 * jurisdictions write them: "National Digital Health Board (Establishment) Regulations, 2025",
 * "The Public Health (Data Sharing) (Scotland) Amendment Regulations 2026", "Health Research
 * Regulations 2018", "Data Protection Act 2018"; and a gazette's notice by its number and year,
 * "Government Notice No. 1,512 of 2024".
 */
import type { SmallLetterWork } from './small-letter-documents.js';
import { STOP_WORDS } from './vocabulary.js';

const WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|\((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|for|on))*\))`;
const SHORT_TITLE = new RegExp(
  String.raw`\b((?:(?<=^[ \t]*|\n[ \t]*)The\s+)?${WORD}(?:\s+(?:${WORD}|of|and|for|on)){1,10}?\s+(?:Act|Regulations|Rules|Order))(,?\s+(?:19|20)\d\d)\b`,
  'gu',
);
/** A sentence's first word before a title: "Under", "In", "Since", "By" (a title's own "The" stays). */
const openerOf = (title: string): number => {
  const first = /^(\p{L}+)\s/u.exec(title);
  const word = first?.[1]!.toLowerCase() ?? 'the';
  return word !== 'the' && (STOP_WORDS.has(word) || word === 'pursuant') ? first![0].length : 0;
};
const NOTICE = /\b(?:Government|Legal)\s+Notice\s+(?:No\.?\s*)?\d[\d,]*\s+of\s+(?:19|20)\d\d\b/gu;

export function statutoryTitles(text: string): SmallLetterWork[] {
  const titles = [...text.matchAll(SHORT_TITLE)].flatMap((m) => {
    // (not a sentence's first word: "Under Health Research Regulations 2018" names the regulations)
    const opener = openerOf(m[1]!);
    const title = m[1]!.slice(opener);
    if (!/\s/.test(title.trim())) return [];
    return [{ name: `${title}${m[2]!}`, kind: 'LEGAL_ACT', head: 'act', start: m.index + opener }];
  });
  // ("… Regulations, 2025 (Legal Notice 241 of 2025)": the title's own number, no other act)
  const cited = (at: number) =>
    titles.some((t) => /^\s*\($/.test(text.slice(t.start + t.name.length, at)));
  const notices = [...text.matchAll(NOTICE)]
    .filter((m) => !cited(m.index))
    .map((m) => ({
      name: m[0],
      kind: 'LEGAL_ACT',
      head: 'notice',
      start: m.index,
    }));
  return [...titles, ...notices];
}
