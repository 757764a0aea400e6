/**
 * A vote's outcome: "adopted with 176 votes in favour, 3 against and 11 abstentions", "(79 in
 * favour, 3 against, 2 abstentions)", "by 498 votes to 97, with 61 abstentions", a record's "in favour
 * 41⇥against 0⇥abstaining 3". Each count is a
 * figure of its own ("votes in favour", "votes against", "abstentions"), even 0 or 1.
 */
import type { Quantity } from './quantities.js';

/** Whose votes a party list in brackets names: "66 votes in favour (EAJ-PNV, EH Bildu)". */
const PARTIES = String.raw`(?:\s*\([^()\n]{1,80}\))?`;
/** A count: "176", "1,204", "1 204". */
const N = String.raw`(\d{1,3}(?:[,\u202f ]\d{3})+|\d{1,4})`;
const IN_FAVOUR = new RegExp(
  String.raw`(?<![\d.,])${N}\s+(?:votes?\s+)?(?:in\s+favou?r|for)\b${PARTIES},?\s+${N}\s+(?:votes?\s+)?against\b${PARTIES}(?:,?\s+(?:and\s+|with\s+)?${N}\s+abstentions?\b)?`,
  'gi',
);
/** (a decision's vote: "adopted by 498 votes to 97", not "beat her rival by 212 votes to 187") */
const VOTES_TO = new RegExp(
  String.raw`\b(?:adopted|approved|passed|rejected|carried|endorsed|backed|voted)\b[^.;\n]{0,60}?\bby\s+${N}\s+votes?\s+to\s+${N}(?:,?\s+(?:with|and)\s+${N}\s+abstentions?\b)?`,
  'gi',
);
/** A record's labels before the counts: "in favour 41⇥against 0⇥abstaining 3", "For: 12; Against: 1". */
const SEP = String.raw`\s*:?\s*`;
const LABELS_FIRST = new RegExp(
  String.raw`\b((?:votes?\s+)?in\s+favou?r|for(?=\s*:))${SEP}${N}[\s,;|]+(against)${SEP}${N}(?:[\s,;|]+(abstaining|abstentions?|abstained)${SEP}${N})?\b`,
  'gi',
);
const COUNTS = ['votes in favour', 'votes against', 'abstentions'] as const;

export function voteCounts(text: string): Quantity[] {
  return [...countsFirst(text), ...labelsFirst(text)];
}

/** Each count of "in favour 41, against 0, abstaining 3", written with its label. */
function labelsFirst(text: string): Quantity[] {
  return [...text.matchAll(LABELS_FIRST)].flatMap((m) => {
    let from = m.index;
    return COUNTS.flatMap((counts, k) => {
      const [label, num] = [m[2 * k + 1], m[2 * k + 2]];
      if (label === undefined || num === undefined) return [];
      const start = text.indexOf(label, from);
      const end = text.indexOf(num, start + label.length) + num.length;
      from = end;
      const value = Number(num.replace(/[,\u202f ]/g, ''));
      return [{ counts, value, start, end, written: text.slice(start, end) }];
    });
  });
}

function countsFirst(text: string): Quantity[] {
  return [...text.matchAll(IN_FAVOUR), ...text.matchAll(VOTES_TO)].flatMap((m) => {
    let from = m.index;
    return COUNTS.flatMap((counts, k) => {
      const num = m[k + 1];
      if (num === undefined) return [];
      const start = text.indexOf(num, from);
      from = start + num.length;
      const rest = text.slice(start, m.index + m[0].length);
      const written = /^.*?(?=\s+(?:and|with|to)\s|[,;()]|$)/s.exec(rest)![0].trim();
      const value = Number(num.replace(/[,\u202f ]/g, ''));
      return [{ counts, value, start, end: start + written.length, written }];
    });
  });
}

/** The figures with each vote's counts in place of the plain figures read from the same words. */
export function withVotes(figures: readonly Quantity[], text: string): Quantity[] {
  const votes = voteCounts(text);
  const taken = (q: Quantity) => votes.some((v) => q.start >= v.start && q.start < v.end);
  return [...figures.filter((q) => !taken(q)), ...votes].sort((a, b) => a.start - b.start);
}
