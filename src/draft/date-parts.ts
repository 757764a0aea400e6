/** The parts of written dates that datelines and page dates share. */
import * as chrono from 'chrono-node';
import { MONTHS, WEEKDAYS } from './calendar-words.js';
import { isoOfDate } from './iso-dates.js';

/** "3 March 2026", "March 3, 2026", "2026-03-03": a full date, written. */
export const DATE_PART = String.raw`(\d{1,2}(?:st|nd|rd|th)?\.? \p{L}+\.? \d{4}|\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2})`;

/** "3 March 2026" → 2026-03-03, when the day and year are written. */
export function writtenDay(text: string): string | undefined {
  const parsed = chrono.strict.parse(text, new Date(2000, 0, 1))[0];
  if (!parsed?.start.isCertain('day') || !parsed.start.isCertain('year')) return undefined;
  return isoOfDate(parsed.start.date());
}

/** "03.02.2026", "18-11-2026", "12 / 03 / 2026": a day in figures, read day first (European pages). */
export const NUMERIC_DAY = String.raw`(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4})`;

/** A day in figures as YYYY-MM-DD, when it is a real day ("31/02/2026" is not). */
export function numericDay(day: string, month: string, year: string): string | undefined {
  const d = new Date(Date.UTC(+year, +month - 1, +day));
  const real = d.getUTCDate() === +day && d.getUTCMonth() === +month - 1;
  return real ? d.toISOString().slice(0, 10) : undefined;
}

const NUMERIC_ANYWHERE = new RegExp(NUMERIC_DAY);
const NUMERIC_WHOLE = new RegExp(String.raw`^${NUMERIC_DAY}$`);

/**
 * The day a heading or a cell gives: in figures, day first, else in words. With `whole`, figures
 * count only when they are the whole text ("12/03/2026", not "Room 12/03/2026-B").
 */
export function dayIn(text: string, whole = false): string | undefined {
  const m = (whole ? NUMERIC_WHOLE : NUMERIC_ANYWHERE).exec(text);
  return m ? numericDay(m[1]!, m[2]!, m[3]!) : writtenDay(text);
}

/** Where the first `lines` lines with text end (blank lines between them are not counted). */
export function firstLinesEnd(body: string, lines: number): number {
  let at = 0;
  for (let n = 0; n < lines;) {
    const next = body.indexOf('\n', at);
    if (next < 0) return body.length;
    if (body.slice(at, next).trim()) n++;
    at = next + 1;
    if (!body.slice(at).trim()) return body.length;
  }
  return at;
}

/** A day's heading alone on its line: "TUESDAY 10 MARCH", "Monday 16 March 2026". */
const DAY_HEADING = new RegExp(
  String.raw`^[ \t]*${WEEKDAYS},?[ \t]+(\d{1,2})(?:st|nd|rd|th)?[ \t]+(${MONTHS})(?:[ \t]+(\d{4}))?[ \t]*$`,
  'i',
);

/**
 * The day a line heads, when it is a day's heading (`undefined` when it is not one; `{}` when it
 * is, but no year is known to place it).
 */
export function headingDay(line: string, year: number | undefined): { day?: string } | undefined {
  const heading = DAY_HEADING.exec(line);
  if (!heading) return undefined;
  const y = heading[3] ?? (year !== undefined ? String(year) : undefined);
  const day = y ? writtenDay(`${heading[1]} ${heading[2]} ${y}`) : undefined;
  return day ? { day } : {};
}
