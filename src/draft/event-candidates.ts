import type * as chrono from 'chrono-node';
import { titleCase } from './dateline.js';
import { isPageLabel } from './page-labels.js';
import { namedIn, pageTitle } from './event-names.js';
import { relativeWeekdays } from './relative-days.js';
import { byWeekday, isMonth } from './date-kinds.js';
import { eventDates, type EventContext } from './event-dates.js';
import { isoOfDate } from './iso-dates.js';
import { foldedWords, sentenceAt, type Sentence } from './tokens.js';
import { CITIES, COUNTRIES, EVENT_NOUNS, HOST_VERBS, MET } from './vocabulary.js';

/** The sentences that may report an event, ranked: event words, a date, where in the text. */

export const EVENT_WORDS = new RegExp(
  String.raw`\b(?:event|meeting|meet|${MET}|working (?:breakfast|lunch|dinner)|conference|summit|congress|symposium|forum|workshop|webinar|launch|inauguration|assembly|roundtable|kick-?off|ceremony|hackathon|hearing|debate|info(?:rmation)? (?:day|session)|(?:science|open|innovation|research|partners?|stakeholders?|industry) day|presentation of the)s?\b|\b(?:launched|inaugurated|opened|held|hosted|convened|gathered|took place|presented at)\b|\b(?:phd|doctoral|thesis)\s+defen[cs]e\b|\b(?:visit(?:ed|s)?|delegation)\b|\bdefend\s+(?:her|his|their)\s+(?:doctoral\s+|phd\s+)?(?:thesis|dissertation)\b`,
  'i',
);

export type { EventContext } from './event-dates.js';

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
  /** The name the next sentence gives it: "The roundtable, “Trust by Design”, was hosted by …". */
  readonly following?: string;
  /** 1 for a written date ("27 March"): in one sentence, before a relative one ("last week"). */
  readonly written: number;
}

/** Candidate sentences, best first. */
export function rankedCandidates(
  text: string,
  sentences: readonly Sentence[],
  ctx: EventContext,
): Candidate[] {
  const dated = eventDates(text, ctx);
  const days = relativeWeekdays(text, dated, ctx.reference, byWeekday);
  // a date long before the article's day is background ("founded at a meeting held in 2024"),
  // not the news (a coming event, or what happened today, is)
  const background = (r: chrono.ParsedResult) =>
    ctx.reference !== undefined && +ctx.reference - +r.start.date() > BACKGROUND_DAYS * 86_400_000
      ? 1
      : 0;
  // ("Ministers meeting in Luxembourg today …", then "… endorsed at a conference on 24 April": a
  // written day weeks before the article's is older news than its "today")
  const weeksBefore = (r: chrono.ParsedResult) =>
    ctx.reference !== undefined && +ctx.reference - +r.start.date() > RECENT_DAYS * 86_400_000
      ? 1
      : 0;
  const candidates: Candidate[] = days.flatMap((r) => {
    const c = candidate(text, sentences, sentenceAt(sentences, r.index), ctx, r);
    // "VPH2024, the biennial conference …, held in Stuttgart in September 2024": a month dates an
    // event the sentence names, and ranks after a day
    if (isMonth(r) && !namedIn(c.sentence).named) return [];
    const rank = c.rank - 2 * background(r) - (isMonth(r) ? 1 : 0) - weeksBefore(r) / 2;
    return [{ ...c, rank }];
  });
  if (ctx.dateline) {
    // (an undated sentence in the future, "will present … at the Summit", is not the dateline's day)
    const undated = sentences.flatMap((s, k) =>
      days.some((r) => r.index >= s.start && r.index < s.end) ||
      // (the sentence's own words: "“… will know …,” said the Minister at the ceremony" is past)
      /\b(?:will|shall|is to|are to)\s/.test(
        text.slice(s.start, s.end).replace(/[“"][^“”"]*[”"]/g, ''),
      )
        ? []
        : [candidate(text, sentences, k, ctx)],
    );
    // ("AARHUS, 3 Feb 2026 – The Foundation yesterday named …": the news is the lead's day)
    const dl = ctx.dateline;
    const leadAt = sentenceAt(sentences, dl.end);
    const lead = days.find(
      (r) =>
        r.index >= dl.end &&
        sentenceAt(sentences, r.index) === leadAt &&
        isoOfDate(r.start.date()) !== dl.date,
    );
    candidates.push(
      ...undated.map((c) => ({ ...c, rank: c.rank - 1, ...(lead ? { date: lead } : {}) })),
    );
  }
  const noun = ctx.title ? THE_NOUN.exec(ctx.title)?.[0] : undefined;
  const titled = noun ? new RegExp(String.raw`\b${noun.replace(/s$/i, '')}s?\b`, 'i') : undefined;
  return (
    candidates
      // (not the title's own line: the page's heading and date are no event's sentence)
      .map((c) =>
        titled?.test(c.sentence) && !c.sentence.includes(ctx.title!)
          ? { ...c, rank: c.rank + 2 }
          : c,
      )
      .filter((c) => c.score >= 2)
      .sort(
        (a, b) =>
          b.rank - a.rank || a.s.start - b.s.start || b.written - a.written || a.near - b.near,
      )
  );
}

function candidate(
  text: string,
  sentences: readonly Sentence[],
  k: number,
  ctx: EventContext,
  r?: chrono.ParsedResult,
): Candidate {
  const s = sentences[k]!;
  const own = text.slice(s.start, s.end);
  // A heading's date is the page's (published), not the event's: the body's dates come first.
  // (A press release's first sentence opens with its dateline: it is the news, not a heading.)
  const dateline = ctx.dateline && ctx.dateline.start >= s.start && ctx.dateline.start < s.end;
  const heading = (k === 0 && !dateline) || /^\s*#/.test(own);
  // A short dated line ("14 April 2026 · Brussels") belongs to the line above it (the event's name).
  const prev = sentences[k - 1];
  const ownLine =
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, s.start - 200), s.start)) &&
    /^[ \t]*(?:\n|$)/.test(text.slice(s.end, s.end + 200));
  // (a sentence of its own, "X spoke at Y on 10 May 2026.", is not such a line)
  const sentenceLike = /[.!?]["”’]?\s*$/.test(own) && own.split(/\s+/).length > 8;
  // (and the line above is a name, not the end of a paragraph or a quote)
  const above = prev && text.slice(prev.start, prev.end).trim();
  // ("5 Mar 2026 • Edited" above "Still buzzing from yesterday in Brussels": a page's date line)
  const nameAbove =
    !!above &&
    above.split(/\s+/).length <= 14 &&
    !/[.!?"”’]$/.test(above) &&
    !FULL_DATE.test(above);
  // ("Thursday, 23 April 2026 · Van Swieten Hall, …, Vienna, Austria": a line of parts is longer)
  const parts = /\s[·|•]\s/.test(own);
  const short =
    r !== undefined &&
    k > 0 &&
    ownLine &&
    !sentenceLike &&
    nameAbove &&
    own.split(/\s+/).length <= (parts ? 30 : 16) &&
    prev !== undefined;
  // an event's own page: its title, then a date line of parts with a place ("· Van Swieten Hall,
  // …, Vienna"; not "· Anna Kowalski", "· 5 min read"), and an event noun in the page
  // … or a line above it that says what the event is ("Stakeholder workshop organised by …")
  const eventPage =
    short &&
    k <= 3 &&
    (parts || EVENT_NOUN.test(above ?? '') || eventLabel(text, sentences)) &&
    namesPlace(own) &&
    EVENT_NOUN.test(text.slice(0, 2000));
  const from = short && k <= 3 ? sentences[0]!.start : prev?.start;
  // "MEPs questioned officials on Wednesday … The hearing, chaired by …": the next sentence names it
  // (or the one after it: "… agreed on Tuesday that … They did not agree … ¶ The workshop, …")
  // (or the next names one and its host: "Still buzzing from yesterday in Brussels ¶ I joined …
  // the “VHT Platform Co-Design Workshop”, hosted by …")
  const hostedNext = (n: Sentence | undefined) => {
    const words = n && text.slice(n.start, n.end);
    return !!words && HOST_VERBS.test(words) && namedIn(words).named !== undefined;
  };
  const next = [sentences[k + 1], sentences[k + 2]].find(
    (n, d) =>
      n !== undefined && (THE_EVENT.test(text.slice(n.start, n.end)) || (d === 0 && hostedNext(n))),
  );
  const named = r !== undefined && next !== undefined;
  const sentence = short
    ? text.slice(from!, s.end)
    : named && !THE_NOUN.test(own)
      ? text.slice(s.start, next.end)
      : own;
  // "Launched on 4 February 2026 as a flagship of …": when the page's subject began, no event
  const startedOn = /^\s*(?:Launched|Established|Created|Founded|Adopted|Set up)\s+(?:on|in)\b/;
  const eventWords =
    eventPage ||
    (EVENT_WORDS.test(sentence) &&
      !(startedOn.test(own) && !EVENT_NOUN.test(own.replace(startedOn, '')))) ||
    namedIn(sentence).named !== undefined;
  const score = (eventWords ? 2 : 0) + (HOST_VERBS.test(sentence) ? 1 : 0);
  // a written date ("27 March") before a relative one ("last week") in the same sentence
  const written = r && /\d/.test(r.text) ? 1 : 0;
  // ("a paper published today, presented at its meeting held last week": the meeting's date)
  const word = r ? EVENT_WORDS.exec(own) : null;
  const near = word && r ? Math.min(Math.abs(s.start + word.index - r.index), 200) / 1000 : 0.2;
  const rank = score + (r?.end ? 1 : 0) - (heading ? 2 : 0) + written / 2;
  const title = pageTitle(text, sentences);
  const following = named ? namedIn(text.slice(next!.start, next!.end)).named : undefined;
  return {
    ...(following ? { following } : {}),
    ...(r ? { date: r } : {}),
    ...(eventPage ? { title: titleCase(title) } : {}),
    s,
    sentence,
    from: short ? from! : s.start,
    score,
    rank,
    near,
    written,
  };
}

/** The page opens with an event's label: "WORKSHOP PROGRAMME", "Conference agenda". */
const eventLabel = (text: string, sentences: readonly Sentence[]): boolean => {
  const first = text.slice(sentences[0]!.start, sentences[0]!.end).trim();
  return isPageLabel(first) && EVENT_NOUN.test(first);
};

/** A sentence that opens with the event the one before it dated: "The hearing, chaired by …". */
const THE_EVENT =
  /^\s*(?:The|This)\s+(?!next\b|following\b|upcoming\b)(?:[\p{L}-]+\s+){0,2}?(?:hearing|meeting|workshop|conference|event|webinar|roundtable|summit|forum|debate|session|symposium|congress)\b/iu;

/** A written day with its year: "5 Mar 2026", "2026-03-05", "05.03.2026". */
const FULL_DATE =
  /\b\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b/u;

/** An event's noun, not a verb of meeting: "… partners met in Bologna. The final conference, …". */
const THE_NOUN =
  /\b(?:hearing|meeting|workshop|conference|event|webinar|roundtable|summit|forum|debate|session|symposium|congress)s?\b/i;

/** Days before the article's own after which a written day is older news than "today". */
const RECENT_DAYS = 28;
/** Days before the article's own after which a date is background. */
const BACKGROUND_DAYS = 60;

const EVENT_NOUN = { test: (s: string) => EVENT_NOUNS.some(([re]) => re.test(s)) };

/** A line that names a place: a known city or country, or a venue's word. */
const namesPlace = (line: string): boolean =>
  foldedWords(line).some((w) => CITIES.has(w) || COUNTRIES.has(w)) ||
  /\b(?:Hall|Centre|Center|Centro|Palais|Palace|Hotel|Campus|Auditorium|University|Building|Forum|Online)\b/.test(
    line,
  );
