import * as chrono from 'chrono-node';

/**
 * "Last month, on Thursday the 12th", "on the 3rd of next month": a day given by its ordinal in a
 * month named by where it stands from the article's day (chrono reads only "last month" there).
 */
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?`;
const ORDINAL = String.raw`the\s+(\d{1,2})(?:st|nd|rd|th)\b`;
const MONTH_ORDINAL = new RegExp(
  String.raw`\b(last|this|next)\s+month,?\s+on\s+${WEEKDAY}${ORDINAL}|\bon\s+${WEEKDAY}${ORDINAL}\s+of\s+(last|this|next)\s+month\b`,
  'i',
);
const SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

const monthOrdinal: chrono.Parser = {
  pattern: () => MONTH_ORDINAL,
  extract: (context, m) => {
    const day = Number(m[2] ?? m[3]);
    const month = new Date(
      context.refDate.getFullYear(),
      context.refDate.getMonth() + SHIFT[(m[1] ?? m[4])!.toLowerCase()]!,
      1,
    );
    if (day < 1 || day > new Date(month.getFullYear(), month.getMonth() + 1, 0).getDate())
      return null;
    return { day, month: month.getMonth() + 1, year: month.getFullYear() };
  },
};

/** chrono's British English, with days of a month named from the article's. */
export const datesOf: chrono.Chrono = (() => {
  const parser = chrono.en.GB.clone();
  parser.parsers.push(monthOrdinal);
  return parser;
})();
