/** Which dates in a text can date an event: a day or a month, not a schedule's or a page's. */
import type * as chrono from 'chrono-node';
import { EVENT_NOUNS } from './vocabulary.js';

/** "updated 20 March 2026", "Last update:", "Published on": the page's date, not an event's. */
export const PAGE_DATE =
  /\b(?:updated|update|published|posted|released|printed)(?:\s+online)?\s*(?:on\s*)?:?\s*$/i;

/**
 * "the project starts on 1 June", "applications close on …", "holds the presidency until 30 June",
 * "postponed from 15/10/2025": a schedule's date, not an event's.
 */
const SCHEDULE =
  /\b(?:starts?|starting|begins?|beginning|ends?|ending|runs?\s+until|closes?|deadline(?:\s+is)?|due)\s+(?:on\s+)?$|\b(?:until|till|by)\s+$|\b(?:postponed|rescheduled|moved|brought\s+forward)\s+from\s+$/i;

const DEADLINE_SUBJECT =
  /\b(?:registrations?|applications?|submissions?|nominations?|abstracts?|enrolment|sign-?ups?|voting|the call)(?:\s+(?:for|to|of)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3})?\s+(?:closes?|ends?|is\s+due)\s+(?:on\s+)?$/iu;

/** "elected X as its chair from 1 February", "effective 1 March": when a role starts, no event. */
export const ROLE_FROM =
  /\b(?:as\s+(?:its|the|their|our|his|her)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:from|as of)|as of|effective(?:\s+from)?|with effect from)\s+$/iu;

/** A schedule's date, unless an event is what starts: "The World Health Summit begins on …". */
export function isSchedule(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  if (!SCHEDULE.test(before)) return false;
  // ("signed at the meeting … and open to further signatures until 31 December": a deadline)
  if (/\b(?:until|till)\s+$/i.test(before) && !/\bruns?\s+until\s+$/i.test(before)) return true;
  // ("Meeting postponed from 15/10/2025": the day it no longer takes place)
  if (/\bfrom\s+$/i.test(before)) return true;
  // the clause that starts: "a … project that starts on", "The summit, which begins on"
  const parts = text
    .slice(Math.max(0, at - 100), at)
    .split(/[.!?]\s/)
    .at(-1)!
    .split(/[,;]/);
  const own = parts.at(-1)!;
  const clause = /^\s*(?:which|that)\b/.test(own) ? `${parts.at(-2) ?? ''}${own}` : own;
  // ("registration for the kick-off closes on 23 January": the event's deadline, not its day)
  if (DEADLINE_SUBJECT.test(text.slice(Math.max(0, at - 80), at))) return true;
  return !EVENT_NOUNS.some(([re]) => re.test(clause));
}

/**
 * "24 hours before the event", "three days later", "within 48 hours", "within 18 months" (a
 * deadline): a span counted from
 * something the text names, not from the article's day; it dates no event.
 */
export const countedFromOther = (r: chrono.ParsedResult): boolean =>
  /\b(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:before|after|later|earlier|prior)\b|^(?:in|within)\s+\S+\s+(?:minutes?|hours?)\b|^within\s+\S+\s+(?:days?|weeks?|months?|years?)\b/i.test(
    r.text,
  );

/** "every Tuesday", "each Friday": a habit, not a day. */
export const recurs = (text: string, r: chrono.ParsedResult): boolean =>
  /\b(?:every|each)\s+$/i.test(text.slice(Math.max(0, r.index - 12), r.index)) ||
  /^(?:every|each)\b/i.test(r.text);

export const isDay = (r: chrono.ParsedResult): boolean =>
  r.start.isCertain('day') && r.start.isCertain('month');

/** "in September 2024": a month of a year, no day. */
export const isMonth = (r: chrono.ParsedResult): boolean =>
  !r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year') && !r.end;

/** "Last Tuesday", "on Friday": a day counted from the article's date by its weekday. */
export const byWeekday = (r: chrono.ParsedResult): boolean =>
  !isDay(r) &&
  !r.end && // "Monday to Friday"
  r.start.isCertain('weekday') &&
  /\p{L}+day\b/iu.test(r.text);
