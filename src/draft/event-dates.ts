import type * as chrono from 'chrono-node';
import { datesOf } from './month-ordinals.js';
import {
  byWeekday,
  countedFromOther,
  isDay,
  isMonth,
  isSchedule,
  isPageDate,
  recurs,
  ROLE_FROM,
} from './date-kinds.js';
import type { Dateline } from './dateline.js';
import { isPageDateLine } from './page-date.js';
import { sentenceAt, sentences, type Sentence } from './tokens.js';

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
  const all = withTextYears(text, datesOf.parse(text, ctx.reference ?? new Date()), ctx.reference);
  // ("Last Wednesday and Thursday (10–11 September)": the days the brackets write out date it)
  const spelt = (r: chrono.ParsedResult) =>
    all.some(
      (p) =>
        isDay(p) &&
        /^(?:\s*(?:and|to|,|–|-)\s*\p{L}+day)?\s*\($/iu.test(
          text.slice(r.index + r.text.length, p.index),
        ),
    );
  return (
    all
      .filter((r) => !(byWeekday(r) && spelt(r)))
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
      // ("President for a second two-year term": a count, not a time of day)
      .filter((r) => !/^(?:for\s+)?an?\s+(?:second|minute|moment)$/i.test(r.text.trim()))
      .filter((r) => !countedFromOther(r))
      .filter((r) => !ctx.dateline || r.index >= ctx.dateline.end || r.index < ctx.dateline.start)
      .filter((r) => !/[/\w]/.test(text[r.index - 1] ?? ' ')) // not inside a URL or a word
      .filter((r) => !isPageDate(text.slice(Math.max(0, r.index - 60), r.index)))
      .filter((r) => !onMetaLine(text, r.index))
      .filter((r) => !isSchedule(text, r.index))
      .filter((r) => !ROLE_FROM.test(text.slice(Math.max(0, r.index - 60), r.index)))
  );
}

/** chrono's components can imply a value; its types show only the reading side. */
type Implied = chrono.ParsedComponents & { imply(component: 'year', value: number): void };
const COMING =
  /\b(?:will|shall|invited|invites|to be held|upcoming|coming|next|planned|plans?\s+to|expects?\s+to|aims?\s+to|intends?\s+to|hopes?\s+to|scheduled|takes? place|is to|are to|opens?|registration|register|deadline|until)\b/i;

/**
 * "Our Forum (7–8 May 2025) … The General Assembly, meeting on 8 May, …" in a report published in
 * February 2026: a day without a year that would fall after the article's day takes the year of
 * the last date before it that writes one, when that year is before the article's.
 */
function withTextYears(
  text: string,
  results: chrono.ParsedResult[],
  reference: Date | undefined,
): chrono.ParsedResult[] {
  if (!reference) return pastYears(text, results);
  let list: Sentence[] | undefined;
  for (const r of results) {
    const yearless = r.start.isCertain('day') && !r.start.isCertain('year');
    if (!yearless || r.start.isCertain('weekday')) continue;
    list ??= sentences(text);
    const own = list[sentenceAt(list, r.index)];
    const sentence = text.slice(own?.start ?? 0, Math.min(own?.end ?? Infinity, r.index + 80));
    // ("… plans to show its data at VPH2026 … on 9–11 September", written in February: this year's)
    if (r.start.date() <= reference) {
      // (the words before the day: "…, held in Bergen on 3 February, will publish" is past)
      const lead = text.slice(own?.start ?? 0, r.index);
      if (WILL.test(lead) && !PAST.test(lead)) nextYear(r);
      continue;
    }
    // ("… are invited to a session on 17 February": what is still to come keeps the coming day)
    if (COMING.test(sentence)) continue;
    const prior = results
      .filter((p) => p.index < r.index && p.start.isCertain('year') && r.index - p.index < 1500)
      .at(-1);
    const year = prior?.start.get('year');
    if (!year || year >= reference.getFullYear()) continue;
    (r.start as Implied).imply('year', year);
    (r.end as Implied | null)?.imply('year', year);
  }
  return results;
}

/**
 * "Last week (5–6 Feb) over 60 of us got together in Porto" in a post with no date: a yearless day
 * that chrono puts after today, in a sentence that reports what happened, is last year's.
 */
function pastYears(text: string, results: chrono.ParsedResult[]): chrono.ParsedResult[] {
  const now = new Date();
  let list: Sentence[] | undefined;
  for (const r of results) {
    if (!r.start.isCertain('day') || r.start.isCertain('year') || r.start.date() <= now) continue;
    list ??= sentences(text);
    const own = list[sentenceAt(list, r.index)];
    const sentence = text.slice(own?.start ?? 0, own?.end ?? r.index + 80);
    if (!PAST.test(sentence) && !/\blast\s+(?:week|month)\b|\bago\b/i.test(sentence)) continue;
    if (WILL.test(sentence)) continue;
    const year = r.start.get('year')! - 1;
    (r.start as Implied).imply('year', year);
    (r.end as Implied | null)?.imply('year', year);
  }
  return results;
}

/** Words that put what the sentence reports after the article's day. */
const WILL =
  /\b(?:will|shall|upcoming|to be held|plans?\s+to|expects?\s+to|aims?\s+to|intends?\s+to|hopes?\s+to|is to|are to|scheduled)\b/i;

/** Verbs that report what happened: "took place", "was held", "met". */
const PAST =
  /\b(?:took place|was held|were held|held|met|gathered|convened|opened|launched|presented|attended|drew|welcomed|signed|published|released)\b/i;

/** chrono reads a yearless day as the nearest one, maybe last year's: the coming one instead. */
function nextYear(r: chrono.ParsedResult): void {
  const year = r.start.get('year')! + 1;
  (r.start as Implied).imply('year', year);
  (r.end as Implied | null)?.imply('year', year);
}

/** "Faculty of X – News – 03/02/2026": a date on the line of the page's labels. */
function onMetaLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return isPageDateLine(text.slice(start, end < 0 ? undefined : end));
}
