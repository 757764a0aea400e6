/**
 * A table of meetings copied from a page, one row a line, its cells split by tabs or " | ": the
 * Commission's register of meetings ("Date of meeting · Location · Member · Entity/ies met ·
 * Subject(s)"), a diary, a list of dated sessions. A header row names the columns; each row below
 * it with a day in its date column is one meeting, named from who met whom.
 */
import { dayIn } from './date-parts.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { isPlace } from './places.js';
import { lineAbove, linesOf } from './text-lines.js';
import { subjectsWithin } from './event-subjects.js';

// (one tab a cell: an empty cell keeps its place)
const SPLIT = /\t| \| /;
const COLUMNS = {
  date: /\bdate\b|\bwhen\b/i,
  place: /\b(?:location|place|city|venue|where)\b/i,
  who: /\b(?:member(?!\s+states?)|commissioner|cabinet|participants?|attendees?|officials?)\b/i,
  // (a diary's "Who", "With": whom the page's owner met)
  met: /\b(?:entit(?:y|ies)|organi[sz]ations?|met|stakeholders?|interest representatives?)\b|^(?:who|with(?:\s+whom)?)$/i,
  /** (a registrant's own page: the officials it met, "Commission representative") */
  officials: /\b(?:commission|eu|institution)\s+(?:representatives?|officials?)\b/i,
};
/** A register of meetings says so: in a column's name or in the page above the table. */
const MEETINGS = /\bmeetings?\b|\bmet\b/i;
/** "MEETINGS", "My meetings" as the heading right above the table. */
const DIARY_HEADING = /^[ \t]*(?:my[ \t]+)?meetings[ \t]*:?[ \t]*$/i;
/** A bracket's role or kind after a name: "Olivér Várhelyi (Commissioner)", "(self-employed)". */
const BRACKETED = /\s*\([^()]*\)/g;

export interface Row {
  readonly cells: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** The table's rows (its header first), or none when the text has no table of meetings. */
export function tableRows(text: string): Row[][] {
  const tables: Row[][] = [];
  let current: Row[] = [];
  for (const { start: at, text: line } of linesOf(text)) {
    const cells = line.split(SPLIT).map((c) => c.trim());
    const row = { cells, start: at, end: at + line.length };
    if (cells.length >= 3 && (!current.length || cells.length === current[0]!.cells.length)) {
      current.push(row);
      continue;
    }
    if (current.length >= 2) tables.push(current);
    current = cells.length >= 3 ? [row] : [];
  }
  if (current.length >= 2) tables.push(current);
  return tables;
}

const dayOf = (cell: string): string | undefined => dayIn(cell, true);

const names = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(/\s*;\s*/)
    .map((n) => n.replace(BRACKETED, '').trim())
    .filter(Boolean);

const listed = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/** The meetings a text's tables list, with the span of each row. */
export function tableMeetings(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts[] {
  return tableRows(text).flatMap(([header, ...rows]) => {
    const column = (re: RegExp) => header!.cells.findIndex((c) => re.test(c));
    // (only where no column names whom they met: a registrant's own page)
    const officials = column(COLUMNS.met) < 0 ? column(COLUMNS.officials) : -1;
    const [date, place, who, met] = [
      column(COLUMNS.date),
      column(COLUMNS.place),
      officials >= 0 ? -1 : column(COLUMNS.who),
      officials >= 0 ? officials : column(COLUMNS.met),
    ];
    // (not "Start date", "Deadline": a schedule's column, no meeting's day)
    if (date < 0 || met < 0 || dayOf(header!.cells[date]!)) return [];
    if (/\b(?:start|end|closing|opening|due|deadline)\b/i.test(header!.cells[date]!)) return [];
    // (not a table of calls, of staff, of events: a register of meetings, by its own words)
    const above = text.slice(Math.max(0, header!.start - 1500), header!.start);
    if (!header!.cells.some((c) => MEETINGS.test(c)) && !MEETINGS.test(above)) return [];
    // (a diary's "Who" or "With" column only under a heading that says meetings)
    const diary = /^(?:who|with(?:\s+whom)?)$/i.test(header!.cells[met]!);
    if (diary && !DIARY_HEADING.test(lineAbove(text, header!.start).text)) return [];
    return rows.flatMap((row) => {
      const day = dayOf(row.cells[date] ?? '');
      if (!day) return [];
      const city = place >= 0 ? row.cells[place] : undefined;
      const whom = listed(names(row.cells[met]));
      const by = who >= 0 ? listed(names(row.cells[who])) : '';
      const evidence = text.slice(row.start, row.end);
      const about = subjectsWithin(mentions, row);
      const facts: EventFacts = {
        date: day,
        kind: 'MEETING',
        noun: 'meeting',
        named: `Meeting${by ? ` of ${by}` : ''} with ${whom}`,
        ...(city && isPlace(city, gaz) ? { city } : {}),
        about,
        evidence,
        span: { start: row.start, end: row.end },
        checks: ['a row of a table of meetings: check who met whom, and the subject'],
      };
      return [facts];
    });
  });
}

/** Whether an offset falls in a row of a table of meetings (its sentences report no other event). */
export const inTableRow = (meetings: readonly EventFacts[], at: number): boolean =>
  meetings.some((m) => at >= m.span.start && at < m.span.end);
