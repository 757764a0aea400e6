import { initialsOf } from './initials.js';
import type { Sentence } from './tokens.js';
import { EVENT_NOUNS } from './vocabulary.js';

/**
 * "That's a wrap on our second General Assembly! … Next GA: Porto, October 2026": a short form in
 * capitals whose letters are the initials of an event's name written earlier is that event's name.
 */

const EVENT_PHRASE =
  /\b(?:\p{Lu}[\p{L}-]*[ \t]+){1,4}(?:Assembly|Meeting|Conference|Summit|Forum|Days?|Week|Workshop|Symposium|Congress|Colloquium)\b/gu;

/** Capitals that are no event's initials: a time, a zone, the Union's institutions. */
const NOT_EVENTS = new Set('AM PM CET CEST UTC GMT EET EEST WET EC EU EP UN WHO'.split(' '));

export function eventAcronymName(
  text: string,
  sentences: readonly Sentence[],
  k: number,
): string | undefined {
  const s = sentences[k];
  if (!s) return undefined;
  const own = text.slice(s.start, s.end);
  // (a sentence with an event noun of its own names that one: "the EC will host a workshop")
  if (EVENT_NOUNS.some(([re]) => re.test(own))) return undefined;
  const shorts = (own.match(/\b\p{Lu}{2,4}\b/gu) ?? []).filter((w) => !NOT_EVENTS.has(w));
  if (!shorts.length) return undefined;
  const before = text.slice(Math.max(0, s.start - 3000), s.start);
  for (const m of [...before.matchAll(EVENT_PHRASE)].reverse()) {
    const words = m[0].split(/\s+/);
    for (let from = 0; from < words.length - 1; from++) {
      const tail = words.slice(from);
      if (shorts.includes(initialsOf(tail.join(' ')))) return tail.join(' ');
    }
  }
  return undefined;
}
