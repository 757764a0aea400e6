/** The page's own date: a line of its first ones that is only a date, or a byline with one. */
import { DATE_PART, firstLinesEnd, NUMERIC_DAY, numericDay, writtenDay } from './date-parts.js';
import { isSectionLabel, isSiteName } from './site-names.js';
import { CITIES } from './vocabulary.js';
import { pageKindOf } from './page-labels.js';

/**
 * "14 November 2025", "Published: 3 March 2026", "Last updated 2 May 2026", "Posted on 03.02.2026
 * by the Secretariat", "18-11-2026 - 17:42", an e-mail's "Date: Wed, 14 Jan 2026 08:03:55 +0100" or
 * "Sent: Tuesday, 3 February 2026 08:51", a wire's "February 24, 2026 3:47 PM GMT+1": a line that
 * is a date (and its time, its poster).
 */
const DATE_LINE = new RegExp(
  String.raw`^[ \t]*(?:(?:(?:first |online )?published|posted|released|last updated|updated|date|dated|adopted|issued|sent|broadcast|aired|(?:\p{L}+ )?translation|translated)(?: on| online| first)?:?\s*)?(?:(?:\p{L}+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:${DATE_PART}|${NUMERIC_DAY})(?:\s*[-–,]?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[–-]\s*\d{1,2}:\d{2})?(?:\s+(?:CET|CEST|GMT|UTC|BST|EET|EEST|WET|WEST|[+-]\d{4})(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:\s*\((?:last\s+)?updated[^)\n]*\))?)?(?:\s+by\s+[^\n|]{2,60})?[ \t]*$`,
  'imu',
);

/**
 * The page's own date when it has no dateline: a line of the first ones that is only a date (a
 * "Published" line before an "updated" one), as news pages print it under their title.
 */
export function findPageDate(body: string): string | undefined {
  // (an opinion page's title, standfirst and byline come first: its date follows the byline)
  const five = body.slice(0, firstLinesEnd(body, 5));
  const head = /^[ \t]*By\s+\p{Lu}/mu.test(five) ? body.slice(0, firstLinesEnd(body, 7)) : five;
  // "Published 14 April 2026 | Last updated 16 April 2026": each part of a line on its own; a
  // line with a place in it ("14 April 2026 · Brussels") is an event's, not the page's
  const parts = head
    .split('\n')
    .map(lineParts)
    .filter((line) => !line.some(isPlace) || isNews(line) || isByline(line) || pageDateParts(line))
    .flat();
  const found = parts.flatMap((part) => {
    const m = DATE_LINE.exec(part);
    const date = m && (m[1] ? writtenDay(m[1]) : numericDay(m[2]!, m[3]!, m[4]!));
    return date ? [{ rank: labelRank(m[0]), date }] : [];
  });
  return found.sort((a, b) => a.rank - b.rank)[0]?.date ?? labelledDate(body) ?? footerDate(body);
}

/** "Contact: … · Course page last updated 14 January 2026" in a page's last lines: its date. */
function footerDate(body: string): string | undefined {
  const tail = body.trimEnd().split('\n').slice(-5);
  for (const part of tail.flatMap(lineParts)) {
    const label = /\b(?:last\s+updated|updated|published)\b/i.exec(part);
    if (!label) continue;
    const m = DATE_LINE.exec(part.slice(label.index).replace(/\.\s*$/, ''));
    const date = m && (m[1] ? writtenDay(m[1]) : numericDay(m[2]!, m[3]!, m[4]!));
    if (date) return date;
  }
  return undefined;
}

/**
 * "Published 02.04.2026" under a newsletter's masthead, its contents line and an item's title: a
 * line that says it is the page's date, further down the first lines; or a sentence of a note
 * that does ("Translated from Portuguese. … English translation: 3.2.2026.": the page is the
 * translation).
 */
function labelledDate(body: string): string | undefined {
  const head = body.slice(0, firstLinesEnd(body, 15));
  const found: { rank: number; date: string }[] = [];
  for (const line of head.split(/\n|\.[ \t]+(?=\p{Lu})/u)) {
    if (
      !/^[ \t]*(?:(?:first |online )?published|posted|released|adopted|issued|dated|(?:last )?updated|(?:\p{L}+ )?translation)\b/iu.test(
        line,
      )
    )
      continue;
    const m = DATE_LINE.exec(line.replace(/\.\s*$/, ''));
    const date = m && (m[1] ? writtenDay(m[1]) : numericDay(m[2]!, m[3]!, m[4]!));
    if (date) found.push({ rank: labelRank(line), date });
  }
  return found.sort((a, b) => a.rank - b.rank)[0]?.date;
}

/**
 * Which of a page's dated lines is its own: "Published" (or a bare date) before "Adopted",
 * "Issued" or "Dated" (a text it reports on may have been adopted earlier), "updated" last.
 */
const labelRank = (line: string): number =>
  /updated/i.test(line) ? 2 : /^[ \t]*(?:adopted|issued|dated)\b/i.test(line) ? 1 : 0;

/** A line (or a part of one between "|") that is only a date. */
export const isDateLine = (line: string): boolean => DATE_LINE.test(line);

/**
 * "Faculty of X – News – 03/02/2026", "Press Releases | SANT | 18-11-2026 - 17:42": the page's
 * labels and its date last, no place ("14 April 2026 · Brussels" is an event's line).
 */
export const isPageDateLine = (line: string): boolean => pageDateParts(lineParts(line));

/** (pages print their date last, beside labels and names; an event's line opens with its day) */
const pageDateParts = (parts: readonly string[]): boolean =>
  parts.length >= 2 &&
  isDateLine(parts.at(-1)!) &&
  parts.slice(0, -1).every((p) => isSectionLabel(p) || isSiteName(p) || isNews([p]));

const PART_SEPARATOR = /\s[|·•–—]\s/;

/** "News | Published 3 May 2026": a line's parts between separators. */
export const lineParts = (line: string): string[] => line.split(PART_SEPARATOR);

/**
 * "Brussels Digital Health Brief | 30 June 2025" under a title: a publication's name, then the
 * page's date. (Not "Brussels | 14 April 2026": a city's name is an event's place.)
 */
const publicationOf = (parts: readonly string[]): string | undefined => {
  const [name, date] = parts;
  if (parts.length !== 2 || !isDateLine(date!) || isNews([name!])) return undefined;
  const words = name!.trim().split(/\s+/).length;
  return words >= 2 && words <= 6 && isSiteName(name!) && !isSectionLabel(name!)
    ? name!.trim()
    : undefined;
};

/** The publication a line names beside the page's date, if it is such a line. */
export const publicationLine = (line: string): string | undefined => publicationOf(lineParts(line));

/** Day, month, year in figures → YYYY-MM-DD, when it is a calendar day. */
/** "March 18, 2026 · Joana Ferreira · 5 min read": a page's byline, its reading time or "By X". */
const isByline = (parts: readonly string[]): boolean =>
  parts.some(
    (p) => /^\s*\d+\s*min(?:ute)?s?(?:\s+read)?\s*$/i.test(p) || /^\s*By\s+\p{Lu}/u.test(p),
  );

/** "Brussels", "Centro de Congressos, Lisbon": a place's name beside a date (an event's line). */
const isPlace = (part: string): boolean =>
  /^\s*\p{Lu}[\p{L}'’.-]+(?:[ ,]+(?:(?:de|do|da|di|del|of|the)\s+)?\p{Lu}[\p{L}'’.-]+)*\s*$/u.test(
    part,
  ) &&
  !DATE_LINE.test(part) &&
  !/^\s*(?:News\w*|Press|Blog|Updated|Published|Edited|Home)\b/i.test(part) &&
  // ("SANT | ITRE": a committee's or a section's acronym, unless a city's name in capitals)
  (!/^\s*\p{Lu}{2,6}\s*$/u.test(part) || CITIES.has(part.trim().toLowerCase()));

/** "News | Published 14 April 2026": a section's name next to the page's dates. */
const isNews = (line: readonly string[]): boolean =>
  line.some((part) => /^\s*(?:published|posted|released|last updated|updated)\b/i.test(part)) ||
  // ("SPEECH | 30 June 2026 | Brussels", "Press release | 14 January 2026 | Ministry of Health": a
  // page's kind, its day and where it was given or who issued it)
  pageKindOf(line[0] ?? '') !== undefined;
