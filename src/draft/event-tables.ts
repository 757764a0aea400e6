/**
 * A heading that names events in the plural over a table of their days and places: "Regional
 * consultation workshops" over "Date⇥City⇥Venue" and "28 January 2026⇥Maribor⇥…". Each row with a
 * day is one event of the heading's kind, named by the heading and the row's city (or venue).
 */
import { dayIn } from './date-parts.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { isPlace } from './places.js';
import { tableRows } from './table-meetings.js';
import { lineAbove } from './text-lines.js';
import { EVENT_NOUNS } from './vocabulary.js';
import { subjectsWithin, TOPICS_ONLY } from './event-subjects.js';

/** "Regional consultation workshops", "Upcoming info days": an event noun in the plural, last. */
const PLURAL_EVENTS =
  /^[ \t]*((?:[\p{L}-]+[ \t]+){0,4}?(?:workshop|webinar|hearing|info(?:rmation)?[ \t]+(?:day|session)|roadshow|town[ \t]+hall|consultation[ \t]+meeting|seminar|roundtable|dialogue)s)[ \t]*:?[ \t]*$/iu;
const DATE = /^(?:date|day|when)$/i;
const CITY = /^(?:city|town|location|place|where)$/i;
const VENUE = /^venue$/i;
const SESSIONS = /^(?:time|hours?|session|slot|room|track)$/i;

export function eventTables(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts[] {
  return tableRows(text).flatMap(([header, ...rows]) => {
    const heading = PLURAL_EVENTS.exec(lineAbove(text, header!.start).text)?.[1];
    const column = (re: RegExp) => header!.cells.findIndex((c) => re.test(c));
    const [date, city, venue] = [column(DATE), column(CITY), column(VENUE)];
    // (a city's column: the events are in places, not rooms, "Date⇥Venue (Room A)⇥Topic")
    if (!heading || date < 0 || city < 0) return [];
    // (a day's sessions, "Date⇥Time⇥Venue⇥Session": one event's parts, not events)
    if (header!.cells.some((c) => SESSIONS.test(c))) return [];
    const one = heading.replace(/s$/, '');
    const kind = EVENT_NOUNS.find(([re]) => re.test(one))?.[1];
    return rows.flatMap((row) => {
      const day = dayIn(row.cells[date] ?? '', true);
      const [place, hall] = [row.cells[city]?.trim(), row.cells[venue]?.trim()];
      const where = place || hall;
      if (!day || !where) return [];
      const span = { start: row.start, end: row.end };
      return [
        {
          date: day,
          ...(kind ? { kind } : {}),
          noun: one.toLowerCase(),
          named: `${one[0]!.toUpperCase()}${one.slice(1)} in ${where}`,
          ...(place && isPlace(place, gaz) ? { city: place } : {}),
          ...(hall && hall !== where ? { venue: hall } : {}),
          about: subjectsWithin(mentions, span, TOPICS_ONLY),
          evidence: text.slice(row.start, row.end),
          span,
          checks: ['a row of a table of events under its heading: check its name'],
        },
      ];
    });
  });
}
