import type { Mention } from './mentions.js';
/** The words and shapes that make a sentence an event's (for event-candidates.ts). */
import { foldedWords, type Sentence } from './tokens.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from './calendar-words.js';
import { isPageLabel } from './page-labels.js';
import { namedIn } from './event-names.js';
import { isCityOrCountry } from './places.js';
import {
  COUNCIL_MEETING,
  EVENT_NOUNS,
  LECTURE,
  MEET,
  MET,
  RECEIVED,
  ROLE_WORDS,
  THEMED_DAY,
  MEAL_EVENT,
} from './vocabulary.js';

const EVENT_WORD = new RegExp(
  String.raw`\b(?:event|meeting|${LECTURE}|${COUNCIL_MEETING}|${MEET}|${MET}|${RECEIVED}|working (?:breakfast|lunch|dinner)|(?:press|media|technical) briefing|trilogue|conference|summit|congress|symposium|forum|workshop|webinar|launch|inauguration|assembly|roundtable|kick-?off|ceremony|(?<!\b(?:teach(?:es|ing)?|taught|gives?|gave|runs?|ran)\s+(?:(?:a|an|the|his|her|their|our)\s+)?(?:\S+\s+)?)seminar(?!\s+(?:rooms?|halls?|papers?))|hackathon|(?:(?<=\b(?:a|an|the|this|that|its|their|public|oral)\s+)hearing|hearing(?!\s+(?:the|a|an|this|that|these|those|their|its|his|her)\s))|debate|info(?:rmation)? session|${THEMED_DAY}|presentation of the|(?:summer|winter|spring|autumn) school(?!\s+(?:holidays?|terms?|breaks?|years?)))s?\b|\b(?:launched|inaugurated|opened|held|hosted|convened|gathered|came together|took place|presented at)\b|\b(?:phd|doctoral|thesis)\s+defen[cs]e|public\s+defen[cs]e\s+of\s+(?!(?:the|its|their|our|a|an|this|that)\b)\b|\b(?:visit(?:ed|s)?|delegation)\b|\bdefend\s+(?:her|his|their)\s+(?:doctoral\s+|phd\s+)?(?:thesis|dissertation)\b`,
  'i',
);
/** Words that name or report an event: the first found of the two patterns above. */
export const EVENT_WORDS = {
  test: (s: string): boolean => EVENT_WORD.test(s) || MEAL_EVENT.test(s),
  exec: (s: string): RegExpExecArray | null =>
    [EVENT_WORD.exec(s), MEAL_EVENT.exec(s)]
      .filter((m): m is RegExpExecArray => m !== null)
      .sort((a, b) => a.index - b.index)[0] ?? null,
};

/** The page opens with an event's label: "WORKSHOP PROGRAMME", "Conference agenda". */
export const eventLabel = (text: string, sentences: readonly Sentence[]): boolean => {
  const first = text.slice(sentences[0]!.start, sentences[0]!.end).trim();
  return isPageLabel(first) && EVENT_NOUN.test(first);
};

/** A sentence that opens with the event the one before it dated: "The hearing, chaired by …". */
export const THE_EVENT =
  /^\s*(?:The|This)\s+(?!next\b|following\b|upcoming\b|second\b|third\b|fourth\b|another\b)(?:[\p{L}-]+\s+){0,2}?(?:hearing|meeting|workshop|conference|event|webinar|roundtable|summit|forum|debate|session|symposium|congress)\b/iu;

/** A written day with its year: "5 Mar 2026", "2026-03-05", "05.03.2026". */
export const FULL_DATE =
  /\b\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/u;

/** A weekday, or its short form: "Wednesday", "Wed", "Thurs.". */
const WEEKDAY = String.raw`(?:${WEEKDAYS}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)`;
/**
 * A diary's line that opens with its own day: "- 17 June – CTHD General Assembly, Brussels",
 * "• Wed 18 Mar – …", "• Thu 19 – Fri 20 Mar – …" (a span of days).
 */
export const DATED_ITEM = new RegExp(
  String.raw`^[-–—•*▪►]?\s*(?:${WEEKDAY},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?(?:\s*[–-]\s*(?:${WEEKDAY},?\s+)?\d{1,2})?\s+(?:${MONTHS}|${MONTH_ABBREVIATIONS}\.?\b)|${MONTHS}\s+\d{1,2}\b)`,
  'iu',
);

/** An event's noun, not a verb of meeting: "… partners met in Bologna. The final conference, …". */
export const THE_NOUN =
  /\b(?:hearing|meeting|workshop|conference|event|webinar|roundtable|summit|forum|debate|session|symposium|congress)s?\b/i;

/** Days before the article's own after which a written day is older news than "today". */
export const RECENT_DAYS = 28;
/** Days before the article's own after which a date is background. */
export const BACKGROUND_DAYS = 60;

export const EVENT_NOUN = { test: (s: string) => EVENT_NOUNS.some(([re]) => re.test(s)) };

/** A line that names a place: a known city or country, or a venue's word. */
export const namesPlace = (line: string): boolean =>
  foldedWords(line).some(isCityOrCountry) ||
  /\b(?:Hall|Centre|Center|Centro|Palais|Palace|Hotel|Campus|Auditorium|University|Building|Forum|Online)\b/.test(
    line,
  );

const GATHERED = /\b(?:came together|gathered|met|convened|hosted by|took place)\b/i;

/**
 * "That's a wrap on our second General Assembly! ¶ On 3–4 March … came together in Kraków": a
 * sentence that reports a gathering with no event noun of its own takes the noun the paragraphs
 * before give with "our", "its" or "their", capitalised (the last one written).
 */
export function nounAbove(
  sentence: string,
  before: string,
): { entry: (typeof EVENT_NOUNS)[number]; written: string } | undefined {
  if (!GATHERED.test(sentence)) return undefined;
  let best: { entry: (typeof EVENT_NOUNS)[number]; written: string; at: number } | undefined;
  for (const entry of EVENT_NOUNS) {
    const the = new RegExp(
      String.raw`\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?(?:${entry[0].source})`,
      'giu',
    );
    const last = [...before.matchAll(the)].at(-1);
    const noun = last && entry[0].exec(last[0]);
    // (a name's noun, capitalised: "our second General Assembly", not "their summit")
    if (!noun || !/^\p{Lu}/u.test(noun[0])) continue;
    // (the capitalised words before it go with it, not "Our")
    const lead = /(?:\p{Lu}[\p{L}-]*\s+)*$/u.exec(last[0].slice(0, noun.index))![0];
    const written = `${lead.replace(/^(?:Our|Its|Their)\s+/, '')}${noun[0]}`;
    if (!best || last!.index > best.at) best = { entry, written, at: last!.index };
  }
  return best && { entry: best.entry, written: best.written };
}

/** "the consortium's annual meeting in Bonn" before the sentence: where "we met" was. */
export function nounAt(before: string, noun: string): string | undefined {
  if (!/^[\p{L} -]+$/u.test(noun)) return undefined;
  const at = new RegExp(
    String.raw`\b(?:the|its|our|their)\s+(?:[\p{L}'’-]+\s+){0,3}${noun}\s+in\s+\p{Lu}[\p{L}'-]+`,
    'giu',
  );
  return [...before.matchAll(at)].at(-1)?.[0].replace(/^.*?(?=\bin\s)/u, '');
}

/** The sentence with the organisations' names in it blanked out (offsets kept). */
export function withoutOrgNames(
  sentence: string,
  from: number,
  mentions: readonly Mention[],
): string {
  let out = sentence;
  for (const m of mentions)
    if (m.entity.label === 'Organisation' && m.start >= from)
      out = out.slice(0, m.start - from) + ' '.repeat(m.end - m.start) + out.slice(m.end - from);
  return out;
}

/**
 * "president of the European Patients' Digital Forum (EPDF)": the name of an organisation someone
 * works at is no event's (the sentence read again without organisations);
 * "met at the Digital Health Ministerial Forum" names the event.
 */
export function notAnOrg(
  written: ReturnType<typeof namedIn>,
  sentence: string,
  from: number,
  inSentence: readonly Mention[],
): ReturnType<typeof namedIn> {
  const org = inSentence.some(
    (m) =>
      m.entity.label === 'Organisation' &&
      written.named === sentence.slice(m.start - from, m.end - from) &&
      (worksThere(sentence, m.start - from) || introducedOnly(sentence, m.end - from)),
  );
  return org ? namedIn(withoutOrgNames(sentence, from, inSentence)) : written;
}

/**
 * "Stakeholders included the European Patients' Forum (EPF), …": an organisation introduced with
 * its acronym, in a sentence that reports no gathering.
 */
const introducedOnly = (sentence: string, end: number): boolean =>
  /^\s*\(\p{Lu}[\p{Lu}\d&-]{1,9}\)/u.test(sentence.slice(end)) && !GATHERING.test(sentence);
const GATHERING =
  /\b(?:held|hosted|opened|organi[sz]ed|convened|took place|takes place|will take place|gathered|attended|met|meets?|meeting|launched|closed|kicks? off)\b/i;

const worksThere = (sentence: string, start: number): boolean =>
  ROLE_WORDS.has(
    /(\p{L}+)\s+(?:of|at)\s+(?:the\s+)?$/u.exec(sentence.slice(0, start))?.[1]?.toLowerCase() ?? '',
  );

/** The event noun for a verb that reports one: "met" → "meeting". */
const VERB_NOUNS: Readonly<Record<string, string>> = {
  met: 'meeting',
  meet: 'meeting',
  launched: 'launch',
  launches: 'launch',
  launching: 'launch',
  inaugurated: 'inauguration',
  inaugurates: 'inauguration',
  unveiled: 'unveiling',
  unveils: 'unveiling',
};
export const nounOf = (written: string): string => VERB_NOUNS[written.toLowerCase()] ?? written;
