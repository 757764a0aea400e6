import type * as chrono from 'chrono-node';

/**
 * "The consortium met in Lyon last November": a month named from the article's day. chrono reads
 * the month without a year; "last" is the latest such month before the article's, "next" the
 * first after it ("this March" is left to chrono: often the article's own month, and "this may"
 * is no month; the month's name is capitalised).
 */
const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const NAMED_MONTH =
  /\b([Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/;
const SHIFT: Readonly<Record<string, number>> = { last: -1, past: -1, next: 1, coming: 1 };

export const namedMonth: chrono.Parser = {
  pattern: () => NAMED_MONTH,
  extract: (context, m) => {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
    const ref = context.refDate;
    const shift = SHIFT[m[1]!.toLowerCase()]!;
    let year = ref.getFullYear();
    if (shift < 0 && month >= ref.getMonth()) year -= 1;
    if (shift > 0 && month <= ref.getMonth()) year += 1;
    return { month: month + 1, year };
  },
};
