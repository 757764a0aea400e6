import * as chrono from 'chrono-node';

/**
 * Spans of days as listings write them, which chrono reads wrong or in part:
 * "TUE 17 – WED 18 MAR", "Thursday 16 and Friday 17 April" (a weekday before each day: chrono takes "TUE" for the coming Tuesday)
 * and "22–24.04.2026" (a numeric date with the first day before it: chrono reads only the 24th),
 * "the 11th and 12th of February" (chrono reads only the 12th).
 */
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+`;
const WEEKDAY_SPAN = new RegExp(
  String.raw`\b${WEEKDAY}(\d{1,2})\s*(?:[–-]|\s(?:and|&)\s)\s*${WEEKDAY}(\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?)(?![\p{L}\d])`,
  'iu',
);
/** (no count before it: "Session 9 – 03.02.2026", "meeting no. 14 – 05.03.2026") */
const NUMERIC_SPAN =
  /(?<!(?:\p{Lu}\p{L}*|[Nn][or]|#)\.?[ \t]*)\b(\d{1,2})\.?[–-](\d{1,2}\.\d{1,2}\.\d{4})\b/u;

/**
 * "on the 11th and 12th of February": two ordinal days of one month ("5 and 6 March" is read
 * with the day before its date, in event-date.ts).
 */
const AND_SPAN = new RegExp(
  String.raw`\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+(?:and|&)\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?\p{L}{3,9}\.?(?:\s+\d{4})?)(?![\p{L}\d])`,
  'iu',
);

type Day = { day: number; month: number; year: number };

/** The span from `first` (a day of the month) to the day chrono reads in `last`. */
function spanTo(refDate: Date, first: number, last: string): { start: Day; end: Day } | null {
  const read = chrono.en.GB.parse(last, refDate)[0];
  if (!read?.start.isCertain('day') || read.text.trim() !== last.trim()) return null;
  const end = {
    day: read.start.get('day')!,
    month: read.start.get('month')!,
    year: read.start.get('year')!,
  };
  // (a first day after the last is in the month before: "Fri 30 – Sat 2 May")
  const [month, year] =
    first < end.day
      ? [end.month, end.year]
      : end.month === 1
        ? [12, end.year - 1]
        : [end.month - 1, end.year];
  return { start: { day: first, month, year }, end };
}

/**
 * `withinMonth`: the first day must come before the last in its month (a numeric span);
 * `nextDay`: the two days follow each other ("the 2nd and 4th of March" are two days apart).
 */
const parserOf = (pattern: RegExp, withinMonth = false, nextDay = false): chrono.Parser => ({
  pattern: () => pattern,
  extract: (context, m) => {
    const span = spanTo(context.refDate, Number(m[1]), m[2]!);
    if (!span || (withinMonth && span.start.month !== span.end.month)) return null;
    if (nextDay && span.end.day !== span.start.day + 1) return null;
    return context.createParsingResult(m.index ?? 0, m[0], span.start, span.end);
  },
});

export const DAY_SPAN_PARSERS: readonly chrono.Parser[] = [
  parserOf(WEEKDAY_SPAN),
  parserOf(NUMERIC_SPAN, true),
  parserOf(AND_SPAN, true, true),
];
