import * as chrono from 'chrono-node';
import {
  byWeekday,
  countedFromOther,
  isDay,
  isMonth,
  isSchedule,
  PAGE_DATE,
  recurs,
  ROLE_FROM,
} from './date-kinds.js';
import { isPageDateLine, type Dateline } from './dateline.js';

export interface EventContext {
  /** The article's day (dateline, --date, header): what "today" and "yesterday" are read from. */
  readonly reference?: Date;
  readonly dateline?: Dateline;
  /** The article's title: an event noun in it ("notes from the EHDS workshop") names the main event. */
  readonly title?: string;
}

/** Dates relative to the article's day: read only when the article's day is known. */
const RELATIVE = /\b(?:today|yesterday|tomorrow|tonight|this|last|next|ago)\b/i;

/**
 * The dates in a text that may date an event: a day or a month (a weekday when the article's day
 * is known), not a schedule's, a page's, a role's, the dateline's, or a span counted from
 * something else.
 */
export function eventDates(text: string, ctx: EventContext): chrono.ParsedResult[] {
  // (day first, as European pages write "03/02/2026")
  return (
    chrono.en.GB.parse(text, ctx.reference ?? new Date())
      .filter(
        (r) =>
          isDay(r) ||
          isMonth(r) ||
          (ctx.reference !== undefined && byWeekday(r) && !recurs(text, r)),
      )
      // "on a rainy Sunday": some Sunday, not a day
      .filter(
        (r) =>
          isDay(r) ||
          !/\ban?\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, r.index - 20), r.index)),
      )
      .filter((r) => ctx.reference !== undefined || !RELATIVE.test(r.text))
      .filter((r) => !/^(?:right\s+)?now$/i.test(r.text.trim())) // "now" dates no event
      .filter((r) => !countedFromOther(r))
      .filter((r) => !ctx.dateline || r.index >= ctx.dateline.end || r.index < ctx.dateline.start)
      .filter((r) => !/[/\w]/.test(text[r.index - 1] ?? ' ')) // not inside a URL or a word
      .filter((r) => !PAGE_DATE.test(text.slice(Math.max(0, r.index - 30), r.index)))
      .filter((r) => !onMetaLine(text, r.index))
      .filter((r) => !isSchedule(text, r.index))
      .filter((r) => !ROLE_FROM.test(text.slice(Math.max(0, r.index - 60), r.index)))
  );
}

/** "Faculty of X – News – 03/02/2026": a date on the line of the page's labels. */
function onMetaLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return isPageDateLine(text.slice(start, end < 0 ? undefined : end));
}
