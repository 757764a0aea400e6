/**
 * At which event a speaker spoke or a quote was said: the event reported last before it, never
 * one still to come when the article was published ("will take place on 6 May"), and not an old
 * one told of in passing in an earlier paragraph.
 */
import type { EventRef } from './place-quantities.js';
import type { DraftEntity } from './draft-builder.js';
import type { EventFacts } from './event.js';
import type { Mention } from './mentions.js';
import { foldedWords } from './tokens.js';
import { inParagraph, paragraphAt, paragraphsBetween } from './text-lines.js';

interface Context {
  readonly text: string;
  readonly published?: string;
  readonly mentions: readonly Mention[];
}

export function saidAt(f: Context, events: readonly EventRef[]) {
  const past = events.filter((e) => !f.published || e.facts.date <= f.published);
  const byPlace = [...events].sort((a, b) => a.facts.span.start - b.facts.span.start);
  // (an event still to come nearest before it: none; "the 2027 edition will take place …" above
  // a live blog's quotes, "The 2026 summit will take place …" before "'…,' said X")
  // (before any event's mention: the main one only if it is the news of the day; a profile's
  // "he said" above "When she addressed the conference on 19 November" was not said there)
  return (at: number, who?: DraftEntity): EventRef | undefined => {
    const before = byPlace.filter((e) => e.facts.span.start <= at);
    // (of two events one sentence reports, its first clause's: "The kick-off was held in Leuven
    // on 28 January; the 2nd meeting took place in Bologna on 9 October")
    const nearest = before.find((e) => e.facts.span.start === before.at(-1)?.facts.span.start);
    if (nearest)
      return past.includes(nearest) && !aside(f, nearest, at, nearest === past[0])
        ? nearest
        : undefined;
    // (or one told of in the next paragraph: a report's lead quote, then "The conference was
    // held in Lisbon on 17 February")
    const main = past[0];
    const told =
      main &&
      paragraphsBetween(f.text, at, main.facts.span.start) <= 1 &&
      f.mentions.some(
        (m) => m.entity === who && inParagraph(f.text, main.facts.span.start, m.start),
      );
    return main && (told || isRecent(main.facts.date, f.published)) ? main : undefined;
  };
}

/**
 * An old event told of in an earlier paragraph, not the article's own: "its position paper,
 * adopted by its General Assembly in 2023" above today's reaction, "…," added X; unless the
 * quote's paragraph comes back to it ("Opening the conference, X had stressed", "said in Nicosia").
 */
const aside = (f: Context, e: EventRef, at: number, main: boolean): boolean =>
  !inParagraph(f.text, e.facts.span.start, at) &&
  // (the article's own event: a report written months later quotes it; only a year's gap tells)
  !isRecent(e.facts.date, f.published, main ? 365 : 30) &&
  !refersTo(paragraphAt(f.text, at), e.facts);

/** The paragraph names the event's city or its noun ("the conference"). */
const refersTo = (paragraph: string, e: EventFacts): boolean => {
  const words = ` ${foldedWords(paragraph).join(' ')} `;
  return [e.city, e.noun.split(/\s+/).at(-1)].some(
    (w) => w && words.includes(` ${foldedWords(w).join(' ')} `),
  );
};

/** An event on the day of publication or in the week (`within` days) before it (or no publication date). */
export function isRecent(date: string, published?: string, within = 7): boolean {
  if (!published) return true;
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return !(days > within);
}
