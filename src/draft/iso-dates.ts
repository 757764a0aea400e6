import type * as chrono from 'chrono-node';

/** The seed format's dates: YYYY-MM-DD, or YYYY-MM for a month the text names without a day. */

const two = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM of a parsed date's year and month. */
export const isoMonth = (c: chrono.ParsedComponents): string =>
  `${c.get('year')}-${two(c.get('month')!)}`;

/** YYYY-MM-DD of a parsed date's year, month and day (as written, no time zone involved). */
export const isoDay = (c: chrono.ParsedComponents): string =>
  `${isoMonth(c)}-${two(c.get('day')!)}`;

/** YYYY-MM-DD of a local date. */
export const isoOfDate = (d: Date): string =>
  `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
