import type * as chrono from 'chrono-node';
import type { Dateline } from './dateline.js';
import { byWeekday, isMonth } from './date-kinds.js';
import { isoDay, isoMonth } from './iso-dates.js';

/** An event's date from the words that date it: a day, a range, or the month of "last week". */

const VAGUE = /\b(?:last|next|this)\s+(?:week|month|year)\b|\bago\b/i;

/** "on 14 and 15 April 2026", "20–21/01/2026": chrono reads the 15th; the 14th before is the first day. */
export function withDayBefore(
  text: string,
  r: chrono.ParsedResult,
  found: { date: string; endDate?: string },
): { date: string; endDate?: string } {
  // ("(20–21/01/2026)": chrono reads the 21st of a range in figures)
  // (not "Webinar 3 - 12/03/2026": a number and a spaced dash before a date)
  const m = /\b(\d{1,2})(?:\s*(?:and|&)\s*|[–-])$/.exec(
    text.slice(Math.max(0, r.index - 12), r.index),
  );
  const day = Number(m?.[1]);
  if (!m || found.endDate || day < 1 || day >= Number(found.date.slice(8))) return found;
  return { date: `${found.date.slice(0, 8)}${String(day).padStart(2, '0')}`, endDate: found.date };
}

export function dateOf(
  r: chrono.ParsedResult | undefined,
  dateline: Dateline | undefined,
  checks: string[],
): { date: string; endDate?: string } | undefined {
  if (!r) {
    if (!dateline) return undefined;
    checks.push(`the sentence gives no date: the dateline's (${dateline.date}) is used`);
    return { date: dateline.date };
  }
  if (byWeekday(r))
    checks.push(`"${r.text.trim()}": the day is counted from the article's date; check it`);
  else if (!r.start.isCertain('year'))
    checks.push(`the text gives no year for "${r.text}": the year is a guess`);
  const start = r.start;
  // "last week" alone, not "Last week, on 26 and 27 March" (the day is written)
  const vague = /\d/.test(r.text) ? undefined : VAGUE.exec(r.text)?.[0].toLowerCase();
  if (vague && !/ago/.test(vague)) {
    // "last week": the text gives no day; the seed format takes the month (or the year) as it is
    const year = String(start.get('year'));
    const date = /year/.test(vague) ? year : isoMonth(start);
    checks.push(`the text says only "${r.text}": the date is ${date}; give the day if it is known`);
    return { date };
  }
  if (vague) checks.push(`"${r.text}": the day is a guess, read from the article's date`);
  if (isMonth(r)) {
    const month = isoMonth(start);
    checks.push(
      `the text says only "${r.text.trim()}": the date is the month; give the day if it is known`,
    );
    return { date: month };
  }
  const date = isoDay(start);
  const endDate = r.end ? isoDay(r.end) : undefined;
  return { date, ...(endDate && endDate !== date ? { endDate } : {}) };
}
