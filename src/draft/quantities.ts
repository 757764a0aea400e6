import { MONTH_ABBREVIATIONS, MONTHS } from './calendar-words.js';
import { CITIES } from './vocabulary.js';

/** A figure the text states: "more than 76 organisations", "€100 million in joint funding". */
export interface Quantity {
  readonly counts: string;
  readonly value: number;
  readonly qualifier?: string;
  readonly start: number;
  readonly end: number;
  /** The words as written, for the curator. */
  readonly written: string;
}

export const QUALIFIERS =
  'more than|over|about|around|almost|nearly|some|at least|up to|approximately|roughly|fewer than|less than|close to|well over|just over|just under|under|limited to|capped at';
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozens: 24,
  hundreds: 200,
};
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
};
const CURRENCY = String.raw`(?:€|EUR\s?|euro\s)`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/** "Forty-two" before "forty": the longest spelling first. */
const NUMBER = String.raw`(\d{1,3}(?:[,\u202f ]\d{3})+|\d+(?:\.\d+)?|(?:${TENS})-(?:${UNITS})|${Object.keys(NUMBER_WORDS).join('|')})`;
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\d/.:)-])(?:(${QUALIFIERS})\s+)?(${CURRENCY})?${NUMBER}(?:\s*(thousand|million|billion|bn|mn|m|k)\b)?(?:\s*(euros?|EUR)\b)?(?:\s+|-(?=\p{L})|(?=[.,;:)]|$))`,
  'giu',
);
/** Words after a number that make it a date, a duration or an ordinal, not a count. */
const NOT_COUNTED = new RegExp(
  String.raw`^(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|KB|MB|times|per|percent|%|and|or|to|of|the|a|in|on|at|by|${MONTHS}|${MONTH_ABBREVIATIONS})\b`,
  'i',
);
/** Words that end what is counted: "76 organisations have signed" → "organisations". */
const STOP = new Set(
  'have has had are were was is will would can from across signed that which who to and in at on for of by so far today each with met attended joined gathered endorsed took came work working over out under into through during since per including such'.split(
    ' ',
  ),
);

/** Figures with what they count and how the text qualifies them; years and dates are not figures. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [, qualifier, currency, num, scale, euros] = m;
    const money = Boolean(currency || euros);
    const base = numberOf(num!);
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (base === undefined || isTime(text, m.index, num!, rest)) continue;
    // (what a figure counts is on its line: "14.30–16.00⏎Brussels, …" counts no Brussels)
    if (/\n/.test(m[0])) continue;
    if (m[0].endsWith('-')) {
      // "a 64-page document": pages are a figure; "two-day", "five-year" are not
      if (/^pages?\b/i.test(rest)) out.push(figure(m.index, `${m[0]}page`, 'pages', base));
      continue;
    }
    if (!money && !scale && /^\d{4}$/.test(num!) && base >= 1900 && base <= 2100) continue;
    if (!money && NOT_COUNTED.test(rest) && !/^of us\b/i.test(rest)) continue;
    // ("312 d.B.", "No 5 p.m.": a number with an abbreviation's dots is a reference or a time)
    if (!money && /^\s*\p{L}{1,3}\.(?:\p{L}{1,3}\.)+/u.test(rest)) continue;
    // ("one in every hundred children", "one in five hospitals": a rate, not a count)
    if (/\b(?:one|1)\s+in\s+(?:every\s+)?$/i.test(text.slice(Math.max(0, m.index - 16), m.index)))
      continue;
    // ("Oude Markt 13, 3000 Leuven": a postcode, then its city)
    const postcode =
      /^\d{4,5}$/.test(num!) &&
      /(?:^|\n|,)[ \t]*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (!money && postcode && CITIES.has(/^\p{Lu}[\p{L}-]+/u.exec(rest)?.[0].toLowerCase() ?? ''))
      continue;
    const value = base * (scale ? SCALE[scale.toLowerCase()]! : 1);
    const part = breakdownOf(text, m.index, rest, out.at(-1));
    const counts = money
      ? moneyCounts(rest)
      : countedWords(rest) ||
        limitOf(text.slice(Math.max(0, m.index - 40), m.index), qualifier) ||
        part?.counts;
    if (!counts || (!money && value < 2)) continue;
    // (as the text writes it: "138 from EU citizens", not what is counted)
    const written = (
      m[0] + (money ? '' : part && counts === part.counts ? part.from : counts)
    ).trim();
    out.push({
      counts,
      value,
      ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}),
      start: m.index,
      end: m.index + written.length,
      written,
    });
  }
  return out;
}

/** "14.30–16.00", "at 09:30 CET": a time of day, not a figure. */
function isTime(text: string, at: number, num: string, rest: string): boolean {
  // (not "1.20–1.45 euros": a price; minutes end at 59)
  if (!/^\d{1,2}[.:][0-5]\d$/.test(num) || /^\s*(?:euros?|EUR|€|%|per\b|million)/i.test(rest))
    return false;
  const before = text.slice(Math.max(0, at - 12), at);
  return (
    /\d{1,2}[.:]\d{2}\s*[–—-]\s*$/.test(before) ||
    /^\s*(?:h\b|hrs\b|CET|CEST|WEST|EET|EEST|GMT|UTC|[–—-]\s*\d{1,2}[.:]\d{2})/.test(rest)
  );
}

/**
 * "received 412 contributions: 138 from EU citizens, 97 from companies": a part of a figure just
 * counted in the same sentence, by where it comes from → "contributions from EU citizens".
 */
function breakdownOf(
  text: string,
  at: number,
  rest: string,
  last: Quantity | undefined,
): { counts: string; from: string } | undefined {
  const from = /^from\s+[\p{L}'’ -]{3,60}?(?=[,;.:]|\s+and\s+\d|$)/u.exec(rest)?.[0];
  if (!from || !last || /[.!?]\s/.test(text.slice(last.end, at))) return undefined;
  return { counts: `${last.counts.replace(/\sfrom\s.*$/, '')} ${from}`, from };
}

/** "places are limited to 120": what a limit counts, named before it. */
function limitOf(before: string, qualifier: string | undefined): string {
  if (!qualifier || !/^(?:limited to|capped at|up to)$/i.test(qualifier)) return '';
  return (
    /\b(places|seats|participants|attendees|registrations)\b[^.]*$/i
      .exec(before)?.[1]
      ?.toLowerCase() ?? ''
  );
}

/** Up to three words after the number, to the first verb or preposition: "cancer centres". */
export function countedWords(rest: string): string {
  if (/^of us\b/i.test(rest)) return 'people'; // "about sixty of us"
  const words: string[] = [];
  for (const w of rest.split(/\s+/).slice(0, 4)) {
    const word = /^[\p{L}-]+/u.exec(w)?.[0];
    if (!word || STOP.has(word.toLowerCase()) || NUMBER_WORDS[word.toLowerCase()] !== undefined)
      break;
    // "19 countries carried out": a verb; "EU-funded", "publicly funded": what they are
    if (words.length && /ed$/.test(word) && !word.includes('-') && !/ly$/.test(words.at(-1)!))
      break;
    words.push(word);
    if (word.length !== w.length || isPlural(word)) break; // "hospitals," / "hospitals take"
  }
  // "1090 Vienna": a postcode before a name, not a count ("12 EU-funded hospitals" is one)
  if (words.length && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isPlural(w))) return '';
  return words.join(' ');
}

/** What is counted is a plural noun: "hospitals", "people"; not "analysis", "campus", "business". */
const isPlural = (word: string): boolean =>
  (/[^su]s$/i.test(word) && !/is$/i.test(word)) ||
  /^(?:people|children|staff|men|women|personnel)$/i.test(word);

const figure = (start: number, written: string, counts: string, value: number): Quantity => ({
  counts,
  value,
  start,
  end: start + written.length,
  written,
});

const UNIT_VALUES: Readonly<Record<string, number>> = { one: 1, ...NUMBER_WORDS };

function numberOf(s: string): number | undefined {
  const [tens, unit] = s.toLowerCase().split('-');
  if (unit !== undefined) return (NUMBER_WORDS[tens!] ?? NaN) + (UNIT_VALUES[unit] ?? NaN);
  const word = NUMBER_WORDS[s.toLowerCase()];
  if (word !== undefined) return word;
  const n = Number(s.replace(/[,\u202f ]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** "€100 million in joint funding" → "euros in joint funding"; "€5 million" → "euros". */
function moneyCounts(rest: string): string {
  const m =
    /^(?:in|of|for)\s+(?!(?:the|a|an|its|their|this|next|each|every)\b)[\p{Ll}-]+(?:\s+(?!(?:in|of|for|to|from|by|and|the|over)\b)[\p{Ll}-]+){0,2}/u.exec(
      rest,
    );
  return m ? `euros ${m[0].trim()}` : 'euros';
}
