import * as chrono from 'chrono-node';
import type { Dateline } from './dateline.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { dateOf, withDayBefore } from './event-date.js';
import { namedIn } from './event-names.js';
import { hostOf, launchedIn, placeOf } from './event-place.js';
import { sentenceAt, type Sentence } from './tokens.js';
import { EVENT_NOUNS, HOST_VERBS } from './vocabulary.js';

/** The event an article reports: when, where, who hosted it, what it was about. */
export interface EventFacts {
  readonly date: string;
  readonly endDate?: string;
  readonly kind?: string;
  /** The event noun as written: "high-level event", "meeting". */
  readonly noun: string;
  /** The event's own name when the text gives one: "Health Twins Policy Day 2026". */
  readonly named?: string;
  readonly city?: string;
  readonly country?: string;
  readonly venue?: string;
  readonly host?: Mention;
  /** What the event launched, inaugurated or opened (an organisation or project named after the verb). */
  readonly launched?: { readonly name: string; readonly verb: string };
  readonly hostEvidence?: string;
  readonly about: readonly Mention[];
  /** The sentence that dates the event. */
  readonly evidence: string;
  /** Where that sentence is in the text. */
  readonly span: Sentence;
  readonly checks: readonly string[];
}

const EVENT_WORDS =
  /\b(?:event|meeting|meet|met|conference|summit|congress|symposium|forum|workshop|webinar|launch|assembly|roundtable|kick-?off|ceremony|hackathon)s?\b|\b(?:launched|inaugurated|opened|held|hosted|convened|gathered|took place|presented at)\b/i;
/** Dates relative to the article's day: read only when the article's day is known. */
const RELATIVE = /\b(?:today|yesterday|tomorrow|tonight|this|last|next|ago)\b/i;

export interface EventContext {
  /** The article's day (dateline, --date, header): what "today" and "yesterday" are read from. */
  readonly reference?: Date;
  readonly dateline?: Dateline;
}

interface Candidate {
  readonly date?: chrono.ParsedResult;
  readonly s: Sentence;
  readonly sentence: string;
  readonly score: number;
  readonly rank: number;
  /** How far the date is from the sentence's event word: of two dates in one sentence, the nearer. */
  readonly near: number;
}

/**
 * The events an article reports, the main one first: the best sentence that names one (an event
 * noun or a verb of holding, launching, presenting) and dates it (a day and month; "today" from
 * the article's day). A press release's event without a date in its sentence takes the dateline's
 * day and city. Other sentences that name an event and give it another day report other events.
 */
export function findEvents(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  gaz: Gazetteer,
  ctx: EventContext = {},
): EventFacts[] {
  const ranked = rankedCandidates(text, sentences, ctx);
  const main = ranked[0] && factsOf(ranked[0], text, mentions, gaz, ctx);
  if (!main) return [];
  const out = [main];
  for (const c of ranked.slice(1)) {
    if (!c.date || !namesEvent(text.slice(c.s.start, c.s.end))) continue;
    if (out.some((e) => e.span.start === c.s.start)) continue;
    const facts = factsOf(c, text, mentions, gaz, ctx);
    if (facts && !out.some((e) => e.date === facts.date)) out.push(facts);
  }
  return out;
}

/** The main event only (see findEvents). */
export const findEvent = (...args: Parameters<typeof findEvents>): EventFacts | undefined =>
  findEvents(...args)[0];

/** A sentence that itself names an event (its noun or its name), not one that only dates. */
const namesEvent = (sentence: string): boolean =>
  EVENT_NOUNS.some(([re]) => re.test(sentence)) || namedIn(sentence).named !== undefined;

function factsOf(
  best: Candidate,
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
  ctx: EventContext,
): EventFacts | undefined {
  const { s, sentence } = best;
  const checks: string[] = [];
  const found = dateOf(best.date, ctx.dateline, checks);
  if (!found) return undefined;
  const dated = best.date ? withDayBefore(text, best.date, found) : found;
  const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const named = namedIn(sentence);
  const noun =
    EVENT_NOUNS.find(([re]) => named.named !== undefined && re.test(named.named)) ??
    EVENT_NOUNS.find(([re]) => re.test(sentence));
  const nounText =
    (noun
      ? (noun[0].exec(named.named ?? '') ?? noun[0].exec(sentence))
      : EVENT_WORDS.exec(sentence))?.[0] ??
    named.named
      ?.replace(/\s+\d{4}$/, '')
      .split(/\s+/)
      .at(-1) ??
    'event';
  let place = placeOf(sentence, gaz, checks);
  if (!place.city && ctx.dateline && dated.date === ctx.dateline.date)
    place = {
      ...place,
      city: ctx.dateline.city,
      ...(ctx.dateline.country ? { country: ctx.dateline.country } : {}),
    };
  return {
    ...dated,
    ...(noun?.[1] ? { kind: noun[1] } : {}),
    noun: nounText,
    ...named,
    ...place,
    ...hostOf(text, sentence, s.start, inSentence),
    ...(noun?.[1] === 'LAUNCH' ? launchedIn(text, sentence, s.start, inSentence) : {}),
    about: inSentence.filter((m) => ['Initiative', 'Project', 'Topic'].includes(m.entity.label)),
    evidence:
      sentence.length <= 300 || !best.date
        ? sentence.slice(0, 300)
        : text.slice(best.date.index, best.date.index + best.date.text.length),
    span: s,
    checks,
  };
}

/** "updated 20 March 2026", "Last update:", "Published on": the page's date, not an event's. */
const PAGE_DATE = /\b(?:updated|update|published|posted|released|printed)\s*(?:on\s*)?:?\s*$/i;

/** Candidate sentences, best first. */
function rankedCandidates(
  text: string,
  sentences: readonly Sentence[],
  ctx: EventContext,
): Candidate[] {
  const dated = chrono
    .parse(text, ctx.reference ?? new Date())
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month'))
    .filter((r) => ctx.reference !== undefined || !RELATIVE.test(r.text))
    .filter((r) => !ctx.dateline || r.index >= ctx.dateline.end || r.index < ctx.dateline.start)
    .filter((r) => !/[/\w]/.test(text[r.index - 1] ?? ' ')) // not inside a URL or a word
    .filter((r) => !PAGE_DATE.test(text.slice(Math.max(0, r.index - 30), r.index)));
  const candidates: Candidate[] = dated.map((r) =>
    candidate(text, sentences, sentenceAt(sentences, r.index), r),
  );
  if (ctx.dateline) {
    const undated = sentences.flatMap((s, k) =>
      dated.some((r) => r.index >= s.start && r.index < s.end)
        ? []
        : [candidate(text, sentences, k)],
    );
    candidates.push(...undated.map((c) => ({ ...c, rank: c.rank - 1 })));
  }
  return candidates
    .filter((c) => c.score >= 2)
    .sort((a, b) => b.rank - a.rank || a.s.start - b.s.start || a.near - b.near);
}

function candidate(
  text: string,
  sentences: readonly Sentence[],
  k: number,
  r?: chrono.ParsedResult,
): Candidate {
  const s = sentences[k]!;
  const own = text.slice(s.start, s.end);
  // A heading's date is the page's (published), not the event's: the body's dates come first.
  const heading = k === 0 || /^\s*#/.test(own);
  // A short dated line ("14 April 2026 · Brussels") belongs to the line above it (the event's name).
  const prev = sentences[k - 1];
  const ownLine =
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, s.start - 200), s.start)) &&
    /^[ \t]*(?:\n|$)/.test(text.slice(s.end, s.end + 200));
  // (a sentence of its own, "X spoke at Y on 10 May 2026.", is not such a line)
  const sentenceLike = /[.!?]["”’]?\s*$/.test(own) && own.split(/\s+/).length > 8;
  const short =
    r !== undefined &&
    k > 0 &&
    ownLine &&
    !sentenceLike &&
    own.split(/\s+/).length <= 16 &&
    prev !== undefined;
  const from = short && k <= 3 ? sentences[0]!.start : prev?.start;
  const sentence = short ? `${text.slice(from!, prev.end)}\n${own}` : own;
  const eventWords = EVENT_WORDS.test(sentence) || namedIn(sentence).named !== undefined;
  const score = (eventWords ? 2 : 0) + (HOST_VERBS.test(sentence) ? 1 : 0);
  // a written date ("27 March") before a relative one ("last week") in the same sentence
  const written = r && /\d/.test(r.text) ? 0.5 : 0;
  // ("a paper published today, presented at its meeting held last week": the meeting's date)
  const word = r ? EVENT_WORDS.exec(own) : null;
  const near = word && r ? Math.min(Math.abs(s.start + word.index - r.index), 200) / 1000 : 0.2;
  const rank = score + (r?.end ? 1 : 0) - (heading ? 2 : 0) + written;
  return { ...(r ? { date: r } : {}), s, sentence, score, rank, near };
}
