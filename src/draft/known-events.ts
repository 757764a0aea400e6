/** The graph's events on the days of the events a text reports (none offline). */
import { initialsOf } from './initials.js';
import type { EventFacts } from './event.js';
import type { KnownEntity } from './gazetteer.js';
import { foldedWords } from './tokens.js';

type EventOn = (date: string, city?: string) => Promise<KnownEntity | undefined>;

/**
 * Each event the graph already has on its day (and in its city) is referred to, not proposed: the
 * main one by its day; another only with its city (any event of that day is no proof it is this one).
 * An event the text names is the graph's only when the names share a word of their own
 * ("HealthTech Europe Forum" is not the "VHT high-level event" of the same day).
 */
export async function knownEvents(
  events: readonly (EventFacts | undefined)[],
  eventOn: EventOn | undefined,
): Promise<(KnownEntity | undefined)[]> {
  const found = await Promise.all(
    events.map((e, k) =>
      e && eventOn && (k === 0 || e.city) ? eventOn(e.date, e.city) : Promise.resolve(undefined),
    ),
  );
  return found.map((known, k) => {
    const named = events[k]?.named;
    return known && named && !sharesOwnWord(named, [known.name, ...known.aliases])
      ? undefined
      : known;
  });
}

/** Words that say what kind of event, not which one. */
const GENERIC = new Set(
  'event events meeting conference forum summit workshop webinar symposium congress day days week the and for of on in annual high level'.split(
    ' ',
  ),
);
const ownWords = (name: string): string[] =>
  foldedWords(name).filter((w) => w.length >= 3 && !GENERIC.has(w) && !/^\d+$/.test(w));

/** "European Health Data Space Forum" → "ehds": the initials of a name's capitalised run. */
const initials = (name: string): string =>
  initialsOf(name, { capitalised: true, skip: GENERIC }).toLowerCase();

/** The names share a word of their own, or one's initials are a word of the other ("EHDS"). */
function sharesOwnWord(named: string, names: readonly string[]): boolean {
  const mine = new Set([...ownWords(named), initials(named)]);
  if (ownWords(named).length === 0) return true;
  return names.some((n) => [...ownWords(n), initials(n)].some((w) => w.length >= 3 && mine.has(w)));
}
