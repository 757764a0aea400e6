/**
 * A vote's outcome: "adopted with 176 votes in favour, 3 against and 11 abstentions", "(79 in
 * favour, 3 against, 2 abstentions)", "by 498 votes to 97, with 61 abstentions". Each count is a
 * figure of its own ("votes in favour", "votes against", "abstentions"), even 0 or 1.
 */
import type { Quantity } from './quantities.js';

/** Whose votes a party list in brackets names: "66 votes in favour (EAJ-PNV, EH Bildu)". */
const PARTIES = String.raw`(?:\s*\([^()\n]{1,80}\))?`;
const IN_FAVOUR = new RegExp(
  String.raw`(?<![\d.,])(\d{1,4})\s+(?:votes?\s+)?(?:in\s+favou?r|for)\b${PARTIES},?\s+(\d{1,4})\s+(?:votes?\s+)?against\b${PARTIES}(?:,?\s+(?:and\s+|with\s+)?(\d{1,4})\s+abstentions?\b)?`,
  'gi',
);
const VOTES_TO =
  /\bby\s+(\d{1,4})\s+votes?\s+to\s+(\d{1,4})(?:,?\s+(?:with|and)\s+(\d{1,4})\s+abstentions?\b)?/gi;
const COUNTS = ['votes in favour', 'votes against', 'abstentions'] as const;

export function voteCounts(text: string): Quantity[] {
  return [...text.matchAll(IN_FAVOUR), ...text.matchAll(VOTES_TO)].flatMap((m) => {
    let from = m.index;
    return COUNTS.flatMap((counts, k) => {
      const num = m[k + 1];
      if (num === undefined) return [];
      const start = text.indexOf(num, from);
      from = start + num.length;
      const rest = text.slice(start, m.index + m[0].length);
      const written = /^.*?(?=\s+(?:and|with|to)\s|[,;()]|$)/s.exec(rest)![0].trim();
      return [{ counts, value: Number(num), start, end: start + written.length, written }];
    });
  });
}

/** The figures with each vote's counts in place of the plain figures read from the same words. */
export function withVotes(figures: readonly Quantity[], text: string): Quantity[] {
  const votes = voteCounts(text);
  const taken = (q: Quantity) => votes.some((v) => q.start >= v.start && q.start < v.end);
  return [...figures.filter((q) => !taken(q)), ...votes].sort((a, b) => a.start - b.start);
}
