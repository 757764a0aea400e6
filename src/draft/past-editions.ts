/**
 * A series' table of its past editions under the page's own event: "Previous lectures ⏎
 * Year⇥Lecturer⇥Title ⏎ 2019⇥Prof. …". Each row with a year is that year's edition, named by the
 * series (the page's event without its ordinal, "Seventh Annual …", or its year) and the year; a row
 * that says it was cancelled is none.
 */
import type { EventFacts } from './event.js';
import type { Mention } from './mentions.js';
import { tableRows } from './table-meetings.js';
import { lineAbove } from './text-lines.js';
import { EVENT_NOUN } from './event-words.js';
import { subjectsWithin, TOPICS_ONLY } from './event-subjects.js';

/** "Previous lectures", "Past editions", "Earlier conferences": the heading over the table. */
const PAST = /^[ \t]*(?:previous|past|earlier|former)[ \t]+(\p{L}+)[ \t]*:?[ \t]*$/iu;
const YEAR_COLUMN = /^(?:year|edition)$/i;
const YEAR = /^(?:19|20)\d{2}$/;
const CANCELLED = /\b(?:cancell?ed|postponed|not held|no lecture)\b/i;
/** "Seventh Annual", "7th", "Inaugural", "The 2026": the edition's words before the series' name. */
const ORDINAL =
  /^(?:the[ \t]+)?(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|inaugural|(?:19|20)\d{2})[ \t]+)?(?:annual[ \t]+)?/i;

const EVENT_CELL = /^(?:event|events|title of (?:the )?event|meeting|conference)$/i;

/** "lectures" under a "… Memorial Lecture", "editions" under any, "congresses" under a congress. */
function sameKind(noun: string, main: EventFacts): boolean {
  if (/^editions?$/i.test(noun)) return true;
  const singular = [noun.replace(/s$/i, ''), noun.replace(/es$/i, '')].map((s) => s.toLowerCase());
  const named = `${main.named ?? ''} ${main.noun}`.toLowerCase();
  return singular.some((s) => EVENT_NOUN.test(`the ${s}`) && named.includes(s));
}

/** The series' name: the event's without its edition's ordinal or year. */
const seriesOf = (named: string): string =>
  named
    .replace(ORDINAL, '')
    .replace(/[ \t]+(?:19|20)\d{2}$/, '')
    .trim();

export function pastEditions(
  text: string,
  mentions: readonly Mention[],
  main: EventFacts | undefined,
): EventFacts[] {
  if (!main?.named) return [];
  const series = seriesOf(main.named);
  return tableRows(text).flatMap(([header, ...rows]) => {
    const noun = PAST.exec(lineAbove(text, header!.start).text)?.[1];
    const year = header!.cells.findIndex((c) => YEAR_COLUMN.test(c));
    // (the heading's events are the page's event's kind, "Previous lectures" under a lecture; the
    // rows name no events of their own, no "Event" column)
    const one = noun !== undefined && sameKind(noun, main);
    if (!one || year < 0 || header!.cells.some((c) => EVENT_CELL.test(c))) return [];
    return rows.flatMap((row) => {
      const when = row.cells[year]!;
      if (!YEAR.test(when) || when === main.date.slice(0, 4) || CANCELLED.test(row.cells.join(' ')))
        return [];
      const span = { start: row.start, end: row.end };
      return [
        {
          date: when,
          ...(main.kind ? { kind: main.kind } : {}),
          noun: main.noun,
          named: `${series} ${when}`,
          about: subjectsWithin(mentions, span, TOPICS_ONLY),
          evidence: text.slice(row.start, row.end),
          span,
          checks: ['a past edition in the series’ table: check its name and year'],
        },
      ];
    });
  });
}
