import * as chrono from 'chrono-node';

/**
 * Weekdays said relative to the article's day: "Last week, on Thursday and Friday" (the Thursday
 * and Friday of the week before the article's), "on Monday and Tuesday" (one event over both).
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86_400_000;
/** A weekday, then "and", "to" or a dash: the first day of a range that the next weekday ends. */
const WEEKDAY_THEN =
  /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*(?:and|&|to|-|–|—)\s*$/i;

const weekdayOf = (r: chrono.ParsedResult): number | undefined =>
  r.start.get('weekday') ?? undefined;

/**
 * The weekday (0 = Sunday) that "last week" means, counted in calendar days (never 24-hour
 * steps, which a change of clocks would shift): of the week before the article's; on a Saturday
 * or Sunday, of the working week just ending.
 */
const lastWeeks = (reference: Date, weekday: number): Date => {
  const sinceMonday = (reference.getDay() + 6) % 7;
  const weekend = sinceMonday >= 5 ? 0 : 7;
  return new Date(
    reference.getFullYear(),
    reference.getMonth(),
    reference.getDate() - sinceMonday - weekend + ((weekday + 6) % 7),
  );
};

/** "Last week, on Thursday and", "last week on": "last week" governs the weekday right after it. */
const LAST_WEEK_BEFORE =
  /\blast\s+week,?\s+(?:on\s+)?(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day\s*(?:and|&|to|-|–|—)\s*)?$/i;

/** "travels to Copenhagen on Monday", "will present it on Friday": the clause speaks of what comes. */
const TO_COME = /\b(?:will|shall|(?:is|are) (?:due|set|scheduled|expected|going) to|travels)\b/i;
/** (the clause the day is in: from the last full stop, comma, semicolon or relative pronoun) */
const CLAUSE_START = /[.;,\n]|\b(?:who|which|that|whose)\b/gi;
const stillToCome = (text: string, r: chrono.ParsedResult): boolean => {
  if (/\b(?:last|past|previous)\b/i.test(r.text)) return false;
  const before = text.slice(Math.max(0, r.index - 200), r.index);
  const starts = [...before.matchAll(CLAUSE_START)];
  const last = starts.at(-1);
  const clause = last ? before.slice(last.index + last[0].length) : before;
  return TO_COME.test(clause) && !/\b(?:yesterday|ago|last)\b/i.test(clause);
};
/** The next such weekday after the article's day (a week on, when it falls on the day itself). */
const comingDay = (reference: Date, weekday: number): Date =>
  new Date(
    reference.getFullYear(),
    reference.getMonth(),
    reference.getDate() + (((weekday - reference.getDay() + 6) % 7) + 1),
  );

/** Implied, not certain: the day stays one counted from the article's (and is checked so). */
const impliedDay = (r: chrono.ParsedResult, at: Date): void => {
  if (!(r.start instanceof chrono.ParsingComponents)) return;
  r.start.imply('year', at.getFullYear());
  r.start.imply('month', at.getMonth() + 1);
  r.start.imply('day', at.getDate());
};

/**
 * Moves a weekday that "last week" (said just before it, or in its own words) governs into the
 * week before the article's, and drops the first weekday of "Thursday and Friday" (the second one
 * carries the range: see weekdayRange). Results are changed in place; the kept ones are returned.
 */
export function relativeWeekdays(
  text: string,
  results: chrono.ParsedResult[],
  reference: Date | undefined,
  isWeekday: (r: chrono.ParsedResult) => boolean,
): chrono.ParsedResult[] {
  if (!reference) return results;
  const weekdays = results.map(isWeekday);
  for (const [k, r] of results.entries()) {
    const weekday = weekdayOf(r);
    if (!weekdays[k] || weekday === undefined) continue;
    const before = text.slice(Math.max(0, r.index - 40), r.index);
    const said = LAST_WEEK_BEFORE.test(before) || /\blast\s+week\b/i.test(r.text);
    if (said) impliedDay(r, lastWeeks(reference, weekday));
    else if (stillToCome(text, r) && r.start.date() < reference)
      impliedDay(r, comingDay(reference, weekday));
  }
  // ("last Thursday and Friday": the range's end is in the week its first day is)
  for (const [k, r] of results.entries()) {
    const next = results[k + 1];
    const [from, to] = [weekdayOf(r), next && weekdayOf(next)];
    if (!next || from === undefined || to === undefined || !/\blast\b/i.test(r.text)) continue;
    if (!/^\s*(?:and|&|to|-|–|—)\s*$/i.test(text.slice(r.index + r.text.length, next.index)))
      continue;
    const start = r.start.date();
    impliedDay(
      next,
      new Date(start.getFullYear(), start.getMonth(), start.getDate() + ((to - from + 7) % 7)),
    );
  }
  return results.filter(
    (r, k) =>
      !(
        weekdays[k] &&
        weekdays[k + 1] &&
        /^\s*(?:and|&|to|-|–|—)\s*$/i.test(
          text.slice(r.index + r.text.trimEnd().length, results[k + 1]!.index),
        )
      ),
  );
}

/** "on Thursday and Friday": the range's first day, counted back from the second. */
export function weekdayRange(
  text: string,
  r: chrono.ParsedResult,
  found: { date: string; endDate?: string },
): { date: string; endDate?: string } {
  const m = WEEKDAY_THEN.exec(text.slice(Math.max(0, r.index - 20), r.index));
  const last = weekdayOf(r);
  if (!m || found.endDate || last === undefined) return found;
  const back = (last - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7;
  if (back < 1) return found;
  const end = new Date(`${found.date}T12:00:00Z`);
  const start = new Date(+end - back * DAY_MS).toISOString().slice(0, 10);
  return { date: start, endDate: found.date };
}
