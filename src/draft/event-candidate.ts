/** A sentence that may report an event, as event-candidates.ts ranks it. */
import type * as chrono from 'chrono-node';
import { THE_NOUN } from './event-words.js';
import type { Sentence } from './tokens.js';

export interface Candidate {
  readonly date?: chrono.ParsedResult;
  readonly s: Sentence;
  readonly sentence: string;
  /** Where `sentence` starts in the text (before `s` when it takes in the lines above). */
  readonly from: number;
  readonly score: number;
  readonly rank: number;
  /** How far the date is from the sentence's event word: of two dates in one sentence, the nearer. */
  readonly near: number;
  /** An event page's title: the event's name when its date line names none. */
  readonly title?: string;
  /** The title is the page's label for it ("Topic: …"), whatever its words. */
  readonly labelled?: boolean;
  /**
   * The name the next sentence gives it ("The roundtable, “Trust by Design”, was hosted by …"), or
   * an edition's, from the sentence before ("The first edition, in Leuven in June 2025, …").
   */
  readonly following?: string;
  /** The date is the lead's, not the sentence's own: it may report the main event, no other. */
  readonly borrowed?: boolean;
  /** A listing's entry's title, under its date line: the event's name. */
  readonly listed?: string;
  /** `sentence` is one clause of `s`, with a day of its own (another clause has another day). */
  readonly clause?: boolean;
  /** 1 for a written date ("27 March"): in one sentence, before a relative one ("last week"). */
  readonly written: number;
}

/**
 * "17/09/2025. Commissioner X visited the EBRAINS headquarters …", "2–4 December. Over 650
 * researchers gathered …": a date written as a sentence of its own dates the sentence after it.
 */
export function withDateLead(
  text: string,
  sentences: readonly Sentence[],
  k: number,
  r: chrono.ParsedResult | undefined,
): Sentence {
  const s = sentences[k]!;
  const next = sentences[k + 1];
  const own = text.slice(s.start, s.end);
  if (!r || !next || /\n/.test(text.slice(s.end, next.start))) return s;
  const rest = own.replace(r.text, '');
  return /^[\s.:–—-]*$/.test(rest) ? { start: s.start, end: next.end } : s;
}

/** "Notes from the EHDS workshop": the sentences with the title's event noun rank first. */
export function withTitleNoun(
  candidates: readonly Candidate[],
  title: string | undefined,
): Candidate[] {
  const noun = title ? THE_NOUN.exec(title)?.[0] : undefined;
  const titled = noun ? new RegExp(String.raw`\b${noun.replace(/s$/i, '')}s?\b`, 'i') : undefined;
  // (not the title's own line: the page's heading and date are no event's sentence; an event
  // page's date line is its title's event: "Webinar #4 ¶ … ¶ Date: 22 January 2026")
  const raised = (c: Candidate) =>
    c.title !== undefined
      ? c.labelled === true || titled!.test(c.title)
      : titled!.test(c.sentence) && !c.sentence.includes(title!);
  return candidates.map((c) => (titled && raised(c) ? { ...c, rank: c.rank + 2 } : c));
}
