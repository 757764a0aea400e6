import { DAY_WORDS } from './calendar-words.js';
import { titleCase } from './dateline.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { foldedWords } from './tokens.js';
import { CITIES, COUNCIL_NAME, COUNTRIES, HOST_VERBS, ORG_HEADS } from './vocabulary.js';

/** Where an event was (city, country, venue) and who hosted it, from its sentence. */

const PLACE =
  /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)(?:,\s*(\p{Lu}[\p{L}]+))?/gu;
const CITY_COUNTRY = /\b(\p{Lu}[\p{L}'-]+),\s*(\p{Lu}[\p{L}]+)\b/gu;

/** "at the Emajõe Conference Centre", "| Fondation Universitaire,": a building's name. */
const VENUE_WORDS =
  'Centre|Center|Centro|Hall|Palace|Palais|Palazzo|House|Building|Auditorium|Campus|Hotel|Museum|Library|Aula|Forum|Universitaire|Residence|Arena|Hub';
const VENUE = new RegExp(
  String.raw`(?:\bat the |\|[ \t]*)((?:\p{Lu}[\p{L}'’-]*[ \t])*?(?:\p{Lu}[\p{L}'’-]*[ \t])?(?:${VENUE_WORDS})(?:[ \t]\p{Lu}[\p{L}'’-]*)*)`,
  'u',
);
/** "Residence Palace, Brussels – 19 May": a programme's line that opens with its venue (a venue's
 * name stands on one line). */
const LINE_VENUE = new RegExp(
  String.raw`(?:^|\n)[ \t]*((?:\p{Lu}[\p{L}'’-]*[ \t])?(?:\p{Lu}[\p{L}'’-]*[ \t])?(?:${VENUE_WORDS})(?:[ \t](?:(?:des|de|du|del|della|di|of)[ \t])?\p{Lu}[\p{L}'’-]*)?),\s*\p{Lu}`,
  'u',
);

/** A line that gives an event's day: "When: …", "Date: …", "📅 25–26 March 2026". */
export const WHEN_LINE =
  /^\s*(?:(?:When|Dates?(?:\s*(?:\/|and|&)\s*(?:times?|venue|place|location))?|Time\s*(?:\/|and|&)\s*date)\s*:|(?:📅|🗓)\uFE0F?)/iu;

/**
 * What labels a page's place: "Venue:", "Where:", a "WHERE" heading, a "📍" (not a bullet that
 * opens a list: "📍 Three take-aways from the panel:").
 */
const WHERE_LABEL = String.raw`(?:^|\n)[ \t]*(?:(?:Venue|Location|Where)[ \t]*:|(?:VENUE|LOCATION|WHERE|Venue|Location|Where)[ \t]*\n|📍\uFE0F?(?![^\n]*:[ \t]*(?:\n|$)))[ \t]*`;
const LABELLED_VENUE = new RegExp(
  String.raw`${WHERE_LABEL}(\p{Lu}[^,;\n(]{2,80}?)[ \t]*(?:[,;(\n]|$)`,
  'u',
);
const LABELLED_PLACE = new RegExp(String.raw`${WHERE_LABEL}([^\n]{2,200})`, 'u');

const CALENDAR_WORD = new RegExp(String.raw`^${DAY_WORDS}$`);
const EVENT_LAST =
  /\s(?:Symposium|Summit|Conference|Forum|Workshop|Meeting|Congress|Days?|Week|Webinar|Hackathon|Assembly)$/;

/** "Venue: Irish College Leuven, Janseniusstraat 1": an event page's venue line. */
export const labelledVenue = (text: string): string | undefined =>
  LABELLED_VENUE.exec(text.slice(0, 3000))?.[1];

/** The whole of an event page's "Where:" line ("Promotiezaal, Universiteitshal, …, 3000 Leuven"). */
export const labelledPlace = (text: string): string | undefined =>
  LABELLED_PLACE.exec(text.slice(0, 3000))?.[1];

export function placeOf(
  sentence: string,
  gaz: Gazetteer,
  checks: string[],
): { city?: string; country?: string; venue?: string } {
  // (a quoted title is no place: "Ageing Spines in Silico"; quoted speech, ending "…," or "….", may be)
  sentence = sentence.replace(/[“"][^“”"\n]{3,200}[”"]/g, (q) =>
    /[,.!?]["”]$/.test(q) ? q : ' '.repeat(q.length),
  );
  const candidates: { city: string; country?: string; at: number }[] = [];
  for (const m of sentence.matchAll(PLACE))
    candidates.push({ city: m[1]!, country: m[2], at: m.index });
  for (const m of sentence.matchAll(CITY_COUNTRY))
    candidates.push({ city: m[1]!, country: m[2], at: m.index });
  const keyOf = (city: string) => foldedWords(city).join(' ');
  // (a city's two words stand on one line: "· Brussels⏎Workshop: …" is Brussels)
  for (const m of sentence.matchAll(/\b\p{Lu}[\p{L}'-]+(?:[ \t]\p{Lu}[\p{L}'-]+)?/gu))
    if (gaz.places.has(keyOf(m[0])) || CITIES.has(keyOf(m[0])))
      candidates.push({ city: m[0], at: m.index });
  const isCountry = (s?: string) => s !== undefined && COUNTRIES.has(s.toLowerCase());
  const known = candidates.find((c) => gaz.places.has(keyOf(c.city)));
  const city =
    known ??
    candidates.find((c) => CITIES.has(keyOf(c.city))) ??
    candidates.find((c) => !isCountry(c.city) && isCountry(c.country)) ??
    // ("in the Employment, Social Policy … Council": a name with "the" is no city's)
    candidates.find(
      (c) =>
        !isCountry(c.city) &&
        /^in\s+(?!the\b)/.test(sentence.slice(c.at)) &&
        // ("apply in March 2029": a month, no city)
        !CALENDAR_WORD.test(c.city) &&
        // ("held in Parliament's Committee on Public Health": a body, no city)
        !/['’]s(?:\s|$)/.test(c.city) &&
        !foldedWords(c.city).some((w) => ORG_HEADS.has(w)) &&
        // ("the Declaration on Trustworthy AI in Health": inside a name, no city; "the Nordic
        // Digital Health Summit in Kuopio": an event's name, then its city)
        !insideName(sentence.slice(Math.max(0, c.at - 30), c.at)) &&
        !STUDIES_BEFORE.test(sentence.slice(0, c.at)),
    );
  const venue =
    /\bat the (\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*) in\b/u.exec(sentence)?.[1] ??
    VENUE.exec(sentence)?.[1] ??
    LINE_VENUE.exec(sentence)?.[1];
  if (!city) return venue ? { venue } : {};
  if (!known) checks.push(`city "${city.city}" read from the text: the graph knows no event there`);
  const country = isCountry(city.country)
    ? city.country
    : gaz.places.get(foldedWords(city.city).join(' '))?.country;
  return {
    city: titleCase(city.city), // "TAMPERE, Finland — Last Tuesday …
    ...(country ? { country } : {}),
    // ("at the EPSCO Council in Brussels": the meeting, not its venue)
    // (nor "at the Oberrhein Digital Heart Symposium in Karlsruhe": the event, not its venue)
    ...(venue && venue !== city.city && !COUNCIL_NAME.test(venue) && !EVENT_LAST.test(venue)
      ? { venue }
      : {}),
  };
}

/** The words before "in": a capitalised word that is no event's noun. */
function insideName(before: string): boolean {
  const word = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(before)?.[1];
  return word !== undefined && !EVENT_NAME_END.test(word);
}
const EVENT_NAME_END =
  /^(?:Summit|Meetings?|Conference|Forum|Congress|Symposium|Workshop|Days?|Assembly|Week|Festival|School|Fair|Expo|Hackathon|Session|Dialogue|Roundtable|Event|Webinar)$/;

/** "the Doctoral Programme in Biomedical Engineering", "a master's in Data Science": a field. */
const STUDIES_BEFORE =
  /\b(?:programmes?|programs?|degrees?|master['’]?s?|phd|doctorates?|bachelor['’]?s?|courses?|studies|diploma)\s*$/i;

/** Who launches, inaugurates or opens something holds the launch. */
export const LAUNCH_VERBS = /\b(?:launched|inaugurated|opened|unveiled)\b/i;
/** Between a subject and its verb: "(FCDM) today", "has officially". */
const SUBJECT_GAP =
  /^\s*(?:\([^)]{1,20}\)\s*)?(?:(?:has|had|today|yesterday|officially|formally|\w+ly)\s+)*$/i;

/** "the European Commission hosted …", "… organised by X": an organisation next to the verb. */
export function hostOf(
  text: string,
  sentence: string,
  offset: number,
  inSentence: readonly Mention[],
): { host?: Mention; hostEvidence?: string; coHosts?: Mention[] } {
  const verb = HOST_VERBS.exec(sentence) ?? LAUNCH_VERBS.exec(sentence);
  if (!verb) return {};
  const at = offset + verb.index;
  const orgs = inSentence.filter((m) => m.entity.label === 'Organisation');
  const byAfter = /^\w+\s+by\s+(?:the\s+)?$/;
  const after = orgs.find((m) => m.start > at && byAfter.test(text.slice(at, m.start)));
  const before = orgs.filter((m) => m.end <= at && SUBJECT_GAP.test(text.slice(m.end, at))).at(-1);
  const host = after ?? before;
  if (!host) return {};
  const coHosts = after ? joinedAfter(text, orgs, after) : [];
  const end = Math.max((coHosts.at(-1) ?? host).end, at + verb[0].length);
  return {
    host,
    hostEvidence: text.slice(Math.min(host.start, at), end),
    ...(coHosts.length ? { coHosts } : {}),
  };
}

/** "organised by the VPH Institute and EBRAINS": the organisations joined to the host. */
function joinedAfter(text: string, orgs: readonly Mention[], host: Mention): Mention[] {
  const out: Mention[] = [];
  let last = host;
  for (const m of orgs) {
    if (m.start <= last.end) continue;
    if (!/^\s*(?:,|,?\s*and|&)\s+(?:the\s+)?$/.test(text.slice(last.end, m.start))) break;
    out.push(m);
    last = m;
  }
  return out;
}

/** "the launch of the Euregio Centre": the noun for the verb. */
const LAUNCH_NOUNS = /\b(?:launch|opening|inauguration)\s+of\b/i;
const NOUN_VERB: Record<string, string> = {
  launch: 'launched',
  opening: 'opened',
  inauguration: 'inaugurated',
};

/** "inaugurated the Cardiac Twin Testbed Europe": what was launched, named right after the verb. */
export function launchedIn(
  text: string,
  sentence: string,
  offset: number,
  inSentence: readonly Mention[],
): { launched?: { name: string; verb: string } } {
  const verb = LAUNCH_VERBS.exec(sentence) ?? LAUNCH_NOUNS.exec(sentence);
  if (!verb) return {};
  const at = offset + verb.index + verb[0].length;
  const next = inSentence.find(
    (m) => m.start >= at && /^\s+(?:the\s+|a\s+|its\s+)?(?:new\s+)?$/.test(text.slice(at, m.start)),
  );
  const said = verb[0].toLowerCase().replace(/\s+of$/, '');
  return next ? { launched: { name: next.entity.name, verb: NOUN_VERB[said] ?? said } } : {};
}
