/**
 * An office-holder's public agenda: under a day's heading ("Wednesday, 11 March 2026 – Brussels"),
 * a table "Time · Appointment · Location" lists the day's appointments. Each row that says whom
 * the owner meets or visits ("Meeting with …", "Working lunch with …", "Visit to …") or which
 * event they speak at ("Opening address at the conference "…"") is one event of that day; an
 * internal meeting, or a row that names nobody ("Government session"), is not.
 */
import { dayIn } from './date-parts.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { isPlace } from './places.js';
import { tableRows, type Row } from './table-meetings.js';
import { lineAbove, type Span } from './text-lines.js';
import { isSubject } from './event-subjects.js';

const TIME = /^(?:time|hours?|when)$/i;
const WHAT =
  /^(?:appointments?|activit(?:y|ies)|engagements?|events?|meetings?|description|subject)$/i;
const WHERE = /^(?:location|place|venue|where)$/i;
const OWNERS =
  'minister|commissioner|president|vice-president|secretary|mayor|director|director-general|rector|mep|governor|chair|ambassador';
/**
 * The page is an office-holder's agenda ("Minister's weekly agenda", "Public calendar of the
 * Commissioner"), not a meeting's agenda, an event's programme or a clinic's schedule.
 */
const AGENDA = new RegExp(
  String.raw`\b(?:(?:public|weekly|daily|official)\s+(?:agenda|diary|calendar)|(?:${OWNERS})['’]s\s+(?:(?:weekly|public|daily|official)\s+)?(?:agenda|diary|calendar|schedule)|(?:agenda|diary|calendar)\s+of\s+(?:the\s+)?(?:${OWNERS}))\b`,
  'i',
);
/** A row of whom the owner meets or visits. */
const MEETS =
  /^(?:(?:working|bilateral|official|courtesy|introductory|follow-up)\s+)?(?:meeting|lunch|dinner|breakfast|visit|call|video\s*call|videoconference|exchange\s+of\s+views|audience|reception)\s+(?:with|to|of|at|in)\b/i;
/** A row of an event the owner speaks at. */
const SPEAKS =
  /^(?:(?:opening|closing|welcome|keynote)\s+(?:address|speech|remarks)|keynote|speech|address|participation|panel\s+debate)\s+(?:at|in)\b/i;
/** "Monday 02.03.2026": a day in figures, day first. */
const INTERNAL = /\binternal\b/i;
/** "the conference "AI in Slovenian Healthcare 2026"": an event's title in quotes. */
const TITLED =
  /\b(conference|summit|congress|forum|symposium|workshop|event)\s+[“"']([^”"'\n]{3,90})[”"']/i;

/** A day's table of appointments, with the day and city of the heading above it. */
export interface AgendaTable {
  readonly day: string;
  readonly city?: string;
  readonly what: number;
  readonly where: number;
  readonly rows: readonly Row[];
  readonly span: Span;
}

/** The text's agenda tables (none unless the page says it is an agenda). */
export function agendaTables(text: string, gaz: Gazetteer): AgendaTable[] {
  if (!AGENDA.test(text.slice(0, 1500))) return [];
  return tableRows(text).flatMap(([header, ...rows]) => {
    const column = (re: RegExp) => header!.cells.findIndex((c) => re.test(c));
    const [time, what, where] = [column(TIME), column(WHAT), column(WHERE)];
    const heading = lineAbove(text, header!.start).text;
    const day = dayIn(heading);
    if (time < 0 || what < 0 || !day) return [];
    const city = heading
      .split(/\s[–—-]\s|,\s/)
      .slice(1)
      .find((p) => isPlace(p, gaz));
    const span = { start: header!.start, end: rows.at(-1)!.end };
    return [{ day, ...(city ? { city } : {}), what, where, rows, span }];
  });
}

/** Each table's appointments, as events of its day. */
export function agendaRows(
  tables: readonly AgendaTable[],
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts[] {
  return tables.flatMap((t) =>
    t.rows.flatMap((row) => {
      const facts = appointment(row, t.what, t.where, text, mentions, gaz);
      const city = facts?.city ?? t.city;
      return facts ? [{ ...facts, date: t.day, ...(city ? { city } : {}) }] : [];
    }),
  );
}

/** Whether an offset falls in an agenda's table (its rows report no other event). */
export const inAgenda = (tables: readonly AgendaTable[], at: number): boolean =>
  tables.some((t) => at >= t.span.start && at < t.span.end);

function appointment(
  row: Row,
  what: number,
  where: number,
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): (Omit<EventFacts, 'date' | 'city'> & { city?: string }) | undefined {
  const cell = row.cells[what] ?? '';
  const titled = TITLED.exec(cell);
  const meets = MEETS.test(cell);
  if ((!meets && !(SPEAKS.test(cell) && titled)) || INTERNAL.test(cell)) return undefined;
  const inRow = mentions.filter((m) => m.start >= row.start && m.end <= row.end);
  if (meets && !inRow.length) return undefined;
  const city = (row.cells[where] ?? '')
    .split(/,\s*/)
    .reverse()
    .find((p) => isPlace(p, gaz));
  const conference =
    !meets && /^(?:conference|summit|congress|forum|symposium)$/i.test(titled![1]!);
  return {
    kind: meets ? 'MEETING' : conference ? 'CONFERENCE' : 'MEETING',
    noun: meets ? 'meeting' : titled![1]!.toLowerCase(),
    named: meets ? shortened(cell) : titled![2]!,
    ...(city ? { city } : {}),
    about: inRow.filter((m) => isSubject(m)),
    evidence: text.slice(row.start, row.end),
    span: { start: row.start, end: row.end },
    checks: ['a row of a public agenda: check whom the agenda’s owner met, and the event’s name'],
  };
}

/** "Meeting with Prof. Dr. Rok Bizjak, Medical Director of …, on …" → "Meeting with Rok Bizjak". */
function shortened(cell: string): string {
  const head = cell.split(/,\s+|\s+on\s+|\s+\(/)[0]!;
  return head.replace(/\b(?:Prof|Dr|Mr|Ms|Mrs)\.?\s+/g, '').trim();
}
