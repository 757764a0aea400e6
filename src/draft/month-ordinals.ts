import * as chrono from 'chrono-node';
import { DAY_SPAN_PARSERS } from './day-spans.js';
import { namedMonth } from './named-months.js';

/**
 * "Last month, on Thursday the 12th", "on the 3rd of next month": a day given by its ordinal in a
 * month named by where it stands from the article's day (chrono reads only "last month" there).
 */
const WEEKDAY = String.raw`(?:((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?`;
/** (not "the 10th edition", "the 25th anniversary": an ordinal of something else) */
const ORDINAL = String.raw`the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:anniversary|edition|session|floor|day|time|meeting|century|birthday|plenary|round|annual)\b)`;
const MONTH_ORDINAL = new RegExp(
  String.raw`\b(last|this|next)\s+month,?\s+on\s+${WEEKDAY}${ORDINAL}|\bon\s+${WEEKDAY}${ORDINAL}\s+of\s+(last|this|next)\s+month\b`,
  'i',
);
const SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const monthOrdinal: chrono.Parser = {
  pattern: () => MONTH_ORDINAL,
  extract: (context, m) => {
    // groups: (1 month word, 2 weekday, 3 day) or (4 weekday, 5 day, 6 month word)
    const day = Number(m[3] ?? m[5]);
    const month = new Date(
      context.refDate.getFullYear(),
      context.refDate.getMonth() + SHIFT[(m[1] ?? m[6])!.toLowerCase()]!,
      1,
    );
    if (day < 1 || day > new Date(month.getFullYear(), month.getMonth() + 1, 0).getDate())
      return null;
    // ("Last month, on Tuesday the 12th", when the 12th was a Thursday: not that day)
    const weekday = m[2] ?? m[4];
    const date = new Date(month.getFullYear(), month.getMonth(), day);
    if (weekday && !DAYS[date.getDay()]!.startsWith(weekday.toLowerCase().slice(0, 3))) return null;
    return { day, month: month.getMonth() + 1, year: month.getFullYear() };
  },
};

/**
 * "On the afternoon of Thursday 27 November": chrono reads "afternoon of" as the reference day's
 * afternoon; the day it names is read from the words after "of".
 */
const DAY_PARTS: readonly chrono.Component[] = ['year', 'month', 'day', 'weekday'];
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)\s+of\s+/i;
const partOfDay: chrono.Refiner = {
  refine: (context, results) =>
    results.map((r) => {
      const lead = PART_OF_DAY.exec(r.text);
      if (!lead || r.start.isCertain('day')) return r;
      const day = chrono.en.GB.parse(r.text.slice(lead[0].length), context.refDate)[0];
      if (!day?.start.isCertain('day')) return r;
      const known = Object.fromEntries(
        DAY_PARTS.filter((c) => day.start.isCertain(c)).map((c) => [c, day.start.get(c)!]),
      );
      return context.createParsingResult(r.index, r.text, known);
    }),
};

/** The offset is inside quotation marks opened earlier in its paragraph. */
function inQuote(text: string, at: number): boolean {
  const para = text.slice(text.lastIndexOf('\n\n', at) + 1, at);
  const count = (re: RegExp) => (para.match(re) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/**
 * "Members clashed last night": the evening before the article's day (chrono reads its day);
 * "presented this morning", "tonight": the article's day itself.
 */
const lastNight: chrono.Refiner = {
  refine: (context, results) =>
    results.map((r) => {
      const said = r.text.trim();
      // (the narrator's "this morning", not a speaker's in quotes: "As I told ministers this
      // morning, …" may be any day before the article's)
      const today =
        /^(?:this\s+(?:morning|afternoon|evening)|tonight)$/i.test(said) &&
        !inQuote(context.text, r.index);
      if (!/^last\s+night$/i.test(said) && !today) return r;
      const day = new Date(context.refDate);
      if (!today) day.setDate(day.getDate() - 1);
      return context.createParsingResult(r.index, r.text, {
        year: day.getFullYear(),
        month: day.getMonth() + 1,
        day: day.getDate(),
      });
    }),
};

/**
 * "on April 14": British chrono reads the number as a year (2014); a wire's day after its month,
 * with no year written, is the day.
 */
const MONTH_DAY =
  /^(?:on\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthDay: chrono.Refiner = {
  refine: (context, results) =>
    results.map((r) => {
      const m = MONTH_DAY.exec(r.text.trim());
      if (!m || r.start.isCertain('day')) return r;
      const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
      const day = Number(m[2]);
      if (day < 1 || day > 31) return r;
      return context.createParsingResult(r.index, r.text, { month, day });
    }),
};

/** chrono's British English, with days of a month named from the article's. */
export const datesOf: chrono.Chrono = (() => {
  const parser = chrono.en.GB.clone();
  parser.parsers.push(monthOrdinal, namedMonth, ...DAY_SPAN_PARSERS);
  parser.refiners.push(partOfDay, lastNight, monthDay);
  return parser;
})();
