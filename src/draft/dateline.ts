import * as chrono from 'chrono-node';
import { DATE_PART, firstLinesEnd, numericDay, writtenDay } from './date-parts.js';
import { isoOfDate } from './iso-dates.js';
import { findPageDate } from './page-date.js';
import { CITIES, COUNTRIES } from './vocabulary.js';

/** A press release's opening "City, 12 March 2026." / "BRUSSELS, 3 February 2026 –". */
export interface Dateline {
  /** The city as a name ("BRUSSELS" → "Brussels"). */
  readonly city: string;
  readonly country?: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A wire's agency, in brackets after the day ("BRUSSELS, Feb 24 (Eurowire) -"), and where. */
  readonly agency?: { readonly name: string; readonly start: number };
}

const PLACE = String.raw`(\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2})`;
const COUNTRY_PART = String.raw`(?:\s*\((\p{Lu}[\p{L} ]+)\)|,\s*(?:the\s+)?(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?))?`;
/** "MUNICH, Germany / BRUSSELS, Belgium, March 10, 2026 —": a release from two places. */
const MORE_PLACES = String.raw`(?:[ \t]*\/[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2}(?:,[ \t]*\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)?)*`;
/**
 * At the start of a line: place, optional country, a comma (or a dash: "VALENCIA, Spain – 4 March
 * 2026 –"), a full date, then . – — - : or a line end.
 */
const DATELINE = new RegExp(
  String.raw`^[ \t]*${PLACE}${COUNTRY_PART}${MORE_PLACES}(?:,|\s+[–—-])\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:${DATE_PART}|(\d{1,2})[./](\d{1,2})[./](\d{4}))\s*(?:[.–—:-]|\(\w+\)|$)`,
  'mu',
);
/** A wire's "Lisbon, Nov 19 (ALN) –": a day without its year, the agency, a dash. */
const WIRE_DATELINE = new RegExp(
  String.raw`^[ \t]*${PLACE},\s*(\p{L}+\.? \d{1,2}|\d{1,2} \p{L}+\.?)\s*\((\p{Lu}[\p{L}\p{N}-]*)\)\s*[–—-]`,
  'mu',
);

/** "VIRTUAL TWINS IN CLINICAL PRACTICE" → "Virtual Twins in Clinical Practice"; else as written. */
export const titleCase = (s: string): string =>
  s === s.toUpperCase()
    ? s
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L}[\p{L}]*)/gu, (whole, a: string, w: string, at: number) =>
          KEPT_CAPITALS.has(w)
            ? a + w.toUpperCase()
            : at > 0 && SMALL_WORDS.has(w)
              ? whole
              : a + w.charAt(0).toUpperCase() + w.slice(1),
        )
    : s;
const SMALL_WORDS = new Set(
  'in of for and the on at to a an am de du des la le di da del della van von der den y et und für'.split(
    ' ',
  ),
);
/** Acronyms a title in capitals keeps: "AI in Clinical Practice", not "Ai in …". */
const KEPT_CAPITALS = new Set(['ai', 'eu', 'ehds', 'vht', 'ict', 'uk', 'usa', 'ml', 'hpc']);

const READING_TIME = /[ \t]*[|·•][ \t]*\d{1,2}[ \t]*min(?:ute)?s?[ \t]+read\b/gi;

/** The dateline in the first lines of the body (a title may come before it), or undefined. */
export function findDateline(body: string): Dateline | undefined {
  // (or in the lines after a release's label: "MINISTRY OF HEALTH / Press Office / PRESS RELEASE")
  const label = /^[ \t]*(?:press|news|media) release\b[^\n]*$/im.exec(
    body.slice(0, firstLinesEnd(body, 6)),
  );
  const from = label ? label.index + label[0].length : 0;
  // ("Strasbourg, Thursday 12 February 2026 | 5 min read": the reading time blanked, offsets kept)
  const head = body
    .slice(0, from + firstLinesEnd(body.slice(from), 6))
    .replace(READING_TIME, (t) => ' '.repeat(t.length));
  const m = DATELINE.exec(head);
  if (!m) return wireDateline(body, head);
  // ("Nicosia, 17/04/2026": a day in figures, day first)
  const date = m[4] ? writtenDay(m[4]) : numericDay(m[5]!, m[6]!, m[7]!);
  if (!date) return undefined;
  const city = titleCase(m[1]!.replace(/[.]$/, ''));
  // ("ESCM News - 17 November 2025": with a dash, a known city or a country after the place)
  const dashed = /[–—-]$/.test(m[0].slice(0, m[0].indexOf(m[4] ?? m[5]!)).trimEnd());
  const named = m[2] ?? m[3];
  // (nor "Egmont Palace, Brussels – 3 June 2026": a venue and its city)
  if (dashed && !CITIES.has(city.toLowerCase()) && !COUNTRIES.has(named?.toLowerCase() ?? ''))
    return undefined;
  // ("Portugal, 3 May 2026" is no dateline; "Luxembourg, 16 June 2026" is: a city too)
  if (COUNTRIES.has(city.toLowerCase()) && !CITIES.has(city.toLowerCase())) return undefined;
  const country = m[2] ?? m[3];
  const start = m.index + m[0].length - m[0].trimStart().length;
  return {
    city,
    ...(country && COUNTRIES.has(country.toLowerCase()) ? { country: titleCase(country) } : {}),
    date,
    start,
    end: m.index + m[0].length,
    text: m[0].trim(),
  };
}

/** "Lisbon, Nov 19 (ALN) –" under a page dated 19/11/2025: the year is the page's. */
function wireDateline(body: string, head: string): Dateline | undefined {
  const m = WIRE_DATELINE.exec(head);
  const page = m ? findPageDate(body) : undefined;
  if (!m || !page) return undefined;
  const parsed = chrono.strict.parse(`${m[2]} ${page.slice(0, 4)}`, new Date(2000, 0, 1))[0];
  if (!parsed?.start.isCertain('day')) return undefined;
  const date = isoOfDate(parsed.start.date());
  if (date !== page) return undefined; // (the wire's day is the page's, or the year is unsure)
  const start = m.index + m[0].length - m[0].trimStart().length;
  const city = titleCase(m[1]!.replace(/[.]$/, ''));
  const agency = { name: m[3]!, start: m.index + m[0].lastIndexOf(`(${m[3]!})`) + 1 };
  return { city, date, start, end: m.index + m[0].length, text: m[0].trim(), agency };
}
