import * as chrono from 'chrono-node';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { foldedWords, sentenceAt, type Sentence } from './tokens.js';
import { COUNTRIES, EVENT_NOUNS, HOST_VERBS } from './vocabulary.js';

/** The event an article reports: when, where, who hosted it, what it was about. */
export interface EventFacts {
  readonly date: string;
  readonly endDate?: string;
  readonly kind?: string;
  /** The event noun as written: "high-level event", "meeting". */
  readonly noun: string;
  readonly city?: string;
  readonly country?: string;
  readonly venue?: string;
  readonly host?: Mention;
  readonly hostEvidence?: string;
  readonly about: readonly Mention[];
  /** The sentence that dates the event. */
  readonly evidence: string;
  readonly checks: readonly string[];
}

const EVENT_WORDS =
  /\b(?:event|meeting|meet|met|conference|summit|congress|symposium|forum|workshop|webinar|launch|assembly|roundtable|kick-?off)s?\b/i;
const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The first dated sentence that names an event (a day, month and year): undefined when none. */
export function findEvent(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  gaz: Gazetteer,
  reference?: Date,
): EventFacts | undefined {
  const dated = chrono
    .parse(text, reference ?? new Date())
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month'))
    .filter((r) => !/[/\w]/.test(text[r.index - 1] ?? ' ')); // not inside a URL or a word
  const scored = dated.map((r) => {
    const k = sentenceAt(sentences, r.index);
    const s = sentences[k]!;
    const sentence = text.slice(s.start, s.end);
    // A heading's date is the page's (published), not the event's: the body's dates come first.
    const heading = k === 0 || /^\s*#/.test(sentence);
    const score = (EVENT_WORDS.test(sentence) ? 2 : 0) + (HOST_VERBS.test(sentence) ? 1 : 0);
    return { r, s, sentence, score, rank: score + (r.end ? 1 : 0) - (heading ? 2 : 0) };
  });
  const best = scored
    .filter((c) => c.score >= 2)
    .sort((a, b) => b.rank - a.rank || a.r.index - b.r.index)[0];
  if (!best) return undefined;
  const { r, s, sentence } = best;
  const checks: string[] = [];
  if (!r.start.isCertain('year'))
    checks.push(`the text gives no year for "${r.text}": the year is a guess`);
  const start = r.start;
  const date = iso(start.get('year')!, start.get('month')!, start.get('day')!);
  const endDate = r.end
    ? iso(r.end.get('year')!, r.end.get('month')!, r.end.get('day')!)
    : undefined;
  const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const noun = EVENT_NOUNS.find(([re]) => re.test(sentence));
  const nounText = noun ? noun[0].exec(sentence)![0] : EVENT_WORDS.exec(sentence)![0];
  return {
    date,
    ...(endDate && endDate !== date ? { endDate } : {}),
    ...(noun?.[1] ? { kind: noun[1] } : {}),
    noun: nounText,
    ...placeOf(sentence, gaz, checks),
    ...hostOf(text, sentence, s.start, inSentence),
    about: inSentence.filter((m) => ['Initiative', 'Project', 'Topic'].includes(m.entity.label)),
    evidence: sentence.length <= 300 ? sentence : text.slice(r.index, r.index + r.text.length),
    checks,
  };
}

const PLACE =
  /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?)(?:,\s*(\p{Lu}[\p{L}]+))?/gu;
const CITY_COUNTRY = /\b(\p{Lu}[\p{L}'-]+),\s*(\p{Lu}[\p{L}]+)\b/gu;

function placeOf(
  sentence: string,
  gaz: Gazetteer,
  checks: string[],
): { city?: string; country?: string; venue?: string } {
  const candidates: { city: string; country?: string; at: number }[] = [];
  for (const m of sentence.matchAll(PLACE))
    candidates.push({ city: m[1]!, country: m[2], at: m.index });
  for (const m of sentence.matchAll(CITY_COUNTRY))
    candidates.push({ city: m[1]!, country: m[2], at: m.index });
  const isCountry = (s?: string) => s !== undefined && COUNTRIES.has(s.toLowerCase());
  const known = candidates.find((c) => gaz.places.has(foldedWords(c.city).join(' ')));
  const city =
    known ??
    candidates.find((c) => !isCountry(c.city) && isCountry(c.country)) ??
    candidates.find((c) => !isCountry(c.city) && /^(?:in)\b/.test(sentence.slice(c.at)));
  const venue = /\bat the (\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*) in\b/u.exec(sentence)?.[1];
  if (!city) return venue ? { venue } : {};
  if (!known) checks.push(`city "${city.city}" read from the text: the graph knows no event there`);
  const country = isCountry(city.country)
    ? city.country
    : gaz.places.get(foldedWords(city.city).join(' '))?.country;
  return {
    city: city.city,
    ...(country ? { country } : {}),
    ...(venue && venue !== city.city ? { venue } : {}),
  };
}

/** "the European Commission hosted …", "… organised by X": an organisation next to the verb. */
function hostOf(
  text: string,
  sentence: string,
  offset: number,
  inSentence: readonly Mention[],
): { host?: Mention; hostEvidence?: string } {
  const verb = HOST_VERBS.exec(sentence);
  if (!verb) return {};
  const at = offset + verb.index;
  const orgs = inSentence.filter((m) => m.entity.label === 'Organisation');
  const byAfter = /^\w+\s+by\s+(?:the\s+)?$/;
  const after = orgs.find((m) => m.start > at && byAfter.test(text.slice(at, m.start)));
  const before = orgs
    .filter((m) => m.end <= at && /^\s*(?:has\s+|had\s+)?$/.test(text.slice(m.end, at)))
    .at(-1);
  const host = after ?? before;
  if (!host) return {};
  const from = Math.min(host.start, at);
  return { host, hostEvidence: text.slice(from, Math.max(host.end, at + verb[0].length)) };
}
