/**
 * A newspaper's own articles cited by headline, section, day and page: '("Brussels bets big on
 * digital twins of patients", Health & Science, 9 March, page 14)', '("AI Office chief: 'Health
 * is next'", Tech, page 22)'. The quoted headline in brackets, before its page, is an article (not
 * '("Data Saves Lives 2026", Brussels, 12 March)', an event, nor a report's '(…, OECD, 2024)').
 */
import { MONTHS } from './calendar-words.js';
import type { SmallLetterWork } from './small-letter-documents.js';

const DAY = String.raw`(?:\d{1,2}\s+${MONTHS}|${MONTHS}\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?`;
const PAGE = String.raw`page\s+\d+`;
const CITED = new RegExp(
  String.raw`\(\s*[“"]([^“”"\n]{6,160}?)[”"],\s*(?:[^,()“”"\n]{1,40},\s*)?(?:${DAY},\s*)?${PAGE}\s*\)`,
  'giu',
);

export function citedHeadlines(text: string): SmallLetterWork[] {
  return [...text.matchAll(CITED)].map((m) => ({
    name: m[1]!.trim(),
    kind: 'ARTICLE',
    head: 'article',
    start: m.index + m[0].indexOf(m[1]!),
  }));
}
