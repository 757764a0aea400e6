import { pastEditions } from './past-editions.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { headedEvent, namedIn } from './event-names.js';
import { withEvent, withoutPostedTwins } from './event-merge.js';
import { inTableRow, tableMeetings } from './table-meetings.js';
import { agendaRows, agendaTables, inAgenda } from './agenda-tables.js';
import { hostedBlocks } from './hosted-blocks.js';
import { dayHeadedItems } from './day-headed-items.js';
import { dottedEventLines } from './dotted-event-lines.js';
import { labelledEventTitles } from './labelled-event-titles.js';
import { eventTables } from './event-tables.js';
import { withNumbered } from './numbered-meetings.js';
import { signingIn } from './event-signings.js';
import type { Sentence } from './tokens.js';
import { rankedCandidates, type EventContext } from './event-candidates.js';
import { EVENT_NOUNS } from './vocabulary.js';

import { factsOf } from './event-facts.js';
import { delimitedTables } from './delimited-tables.js';

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
  /** Who hosted it with the host: "organised by the VPH Institute and EBRAINS". */
  readonly coHosts?: readonly Mention[];
  readonly about: readonly Mention[];
  /** The project whose event it is: "the project's kick-off meeting" after "the PAEDTWIN consortium". */
  readonly owner?: Mention;
  /** The sentence that dates the event. */
  readonly evidence: string;
  /** Where that sentence is in the text. */
  readonly span: Sentence;
  readonly checks: readonly string[];
}

/**
 * The events an article reports, the main one first: the best sentence that names one (an event
 * noun or a verb of holding, launching, presenting) and dates it (a day and month; "today" from
 * the article's day). A press release's event without a date in its sentence takes the dateline's
 * day and city. Other sentences that name an event and give it another day report other events.
 */
/** A session export's field: its rows are an event's sessions ("session id", "track", "speakers"). */
const SESSION_FIELD = /^(?:session|slot|track|room|speakers?|moderators?|format)\b/;

export function findEvents(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  gaz: Gazetteer,
  ctx: EventContext = {},
): EventFacts[] {
  // (a table of meetings: each row is one, and its cells report no other)
  const agenda = agendaTables(text, gaz);
  const meetings = [
    ...tableMeetings(text, mentions, gaz),
    ...agendaRows(agenda, text, mentions, gaz),
  ];
  // (an export's rows, "DHTF-08;Day 1;2026-05-12;…": sessions of the event, no events of their own)
  const exported = delimitedTables(text)
    .filter(
      (t) => t.header.some((h) => SESSION_FIELD.test(h)) && !t.header.some((h) => /^event/.test(h)),
    )
    .map((t) => ({
      start: t.rows[0]![0]!.start,
      end: t.rows.at(-1)!.at(-1)!.end,
    }));
  const ranked = rankedCandidates(text, sentences, ctx).filter(
    (c) =>
      !inTableRow(meetings, c.s.start) &&
      !inAgenda(agenda, c.s.start) &&
      !exported.some((t) => t.start <= c.s.start && c.s.start < t.end),
  );
  // (the first that reports an event: "During the exchange of views held …" may name none)
  const first = ranked.findIndex((c) => factsOf(c, text, mentions, gaz, ctx) !== undefined);
  if (first < 0) return withBlocks(withNumbered([], text, gaz, meetings), text, mentions, gaz, ctx);
  const out = [factsOf(ranked[first]!, text, mentions, gaz, ctx)!];
  for (const c of ranked.slice(first + 1)) {
    // (its own sentence, or with the next that names it: "… met in Ghent. The symposium, …"; not
    // the lines above a date line, a page's title)
    const own = text.slice(c.s.start, c.s.end);
    const names =
      c.following ??
      (namesEvent(text, c.sentence.startsWith(own) ? c.sentence : own) || headedEvent(c.sentence));
    if (!c.date || !names || c.borrowed) continue;
    // (one event a sentence; or a clause's, with a day of its own: "…; the 2nd GA meeting took
    // place in Bologna on 9-10 October 2025")
    const sameSentence = out.filter((e) => e.span.start === c.s.start);
    if (sameSentence.length && !c.clause) continue;
    const facts = factsOf(c, text, mentions, gaz, ctx);
    if (!facts || sameSentence.some((e) => e.date === facts.date)) continue;
    withEvent(out, facts);
  }
  return withBlocks(
    withoutPostedTwins(withNumbered(out, text, gaz, meetings)),
    text,
    mentions,
    gaz,
    ctx,
  );
}

/** A visit programme's meetings and a diary's items after the events the text reports. */
function withBlocks(
  out: EventFacts[],
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
  ctx: EventContext,
): EventFacts[] {
  const year = ctx.reference?.getFullYear() ?? Number(out[0]?.date.slice(0, 4) || NaN);
  const known = Number.isNaN(year) ? undefined : year;
  const blocks = hostedBlocks(text, mentions, gaz, known);
  const overlaps = (a: EventFacts, b: EventFacts) =>
    a.span.start < b.span.end && a.span.end > b.span.start;
  // (a diary's item over what a sentence reader made of its line: the line's parts are clearer)
  const items = [
    ...dayHeadedItems(text, mentions, gaz, known),
    ...dottedEventLines(text, mentions, gaz),
    ...labelledEventTitles(text, mentions, gaz),
    ...eventTables(text, mentions, gaz),
    ...pastEditions(text, mentions, out[0]),
  ].filter((i) => !blocks.some((b) => overlaps(b, i)));
  // (a sentence dated by the day's heading above the item holds the item's line)
  const holds = (e: EventFacts, i: EventFacts) => e.evidence.includes(i.evidence.slice(0, 40));
  // (an unnamed event on a day of a listed one's span is part of it: "Closing press conference"
  // on the last day of the titled conference above the page)
  const during = (e: EventFacts, i: EventFacts) =>
    !e.named &&
    i.endDate !== undefined &&
    e.date >= i.date &&
    e.date <= i.endDate &&
    (!e.city || !i.city || e.city === i.city);
  const kept = out.filter(
    (e) =>
      !blocks.some((b) => overlaps(e, b)) &&
      !items.some((i) => overlaps(e, i) || holds(e, i) || during(e, i)),
  );
  return [...kept, ...blocks, ...items];
}

/** The main event only (see findEvents). */
export const findEvent = (...args: Parameters<typeof findEvents>): EventFacts | undefined =>
  findEvents(...args)[0];

/** A sentence that itself names an event (its noun or its name), not one that only dates. */
const namesEvent = (text: string, sentence: string): boolean =>
  EVENT_NOUNS.some(([re]) => re.test(sentence)) ||
  namedIn(sentence).named !== undefined ||
  signingIn(text, sentence) !== undefined;
