import type { Findings } from './assemble.js';
import { worksIn } from './work-relations.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { EventFacts } from './event.js';
import type { Quantity } from './quantities.js';

/** An event of the draft: what the text says of it and the entity it became. */
export interface EventRef {
  readonly facts: EventFacts;
  readonly entity: DraftEntity;
}

const ATTENDANCE =
  /\b(?:participants|attendees|delegates|speakers|visitors|exhibitors|people|experts|guests|registrants|representatives|places|seats)\b/;
/** "before some 150 clinicians", "gathered 80 …": an audience, whatever its members are. */
const AUDIENCE_BEFORE =
  /\b(?:before|gathered|welcomed|drew|attracted|brought together|in front of)\s+$/i;

const ATTENDING_FROM = new RegExp(`${ATTENDANCE.source}\\s+from\\s+$`, 'i');
/** A body's decision at its meeting: "The Board approved …" (not "noted": a status it was told). */
const DECIDED =
  /\b(?:Board|Council|Committee|Assembly|Governing Body|Ministers|[Mm]embers)\s+(?:(?:also|further|unanimously)\s+)?(?:approved|adopted|allocated|endorsed|decided|voted)\b/;

/** A vote's counts (vote-counts.ts): the decision of the meeting that voted, if no paper's. */
const VOTE = /^(?:votes in favour|votes against|abstentions)$/;

/** Parts of an event's programme, counted. */
const PARTS = /\b(?:sessions|panels|talks|presentations|keynotes|posters|workshops|tracks)\b/;

/**
 * A figure goes on the document its sentence names, else the event its sentence reports (or, for
 * attendance, the event reported last before it); "900 participants from 31 countries": the second
 * figure goes where the first went. Otherwise a note for the curator.
 */
export function placeQuantities(
  builder: DraftBuilder,
  f: Findings,
  events: readonly EventRef[],
  eventAt: (at: number) => EventRef | undefined,
): void {
  let last: { q: Quantity; target?: DraftEntity } | undefined;
  for (const q of f.quantities) {
    const s = f.sentences.find((x) => x.start <= q.start && q.start < x.end);
    if (!s || f.works.some((w) => w.start <= q.start && q.start < w.end)) continue;
    const work =
      worksIn(f.text, s, f.works).find((w) => w.entity.label === 'Document') ?? referredWork(f, s);
    const inEvent = events.find((e) => e.facts.span.start === s.start);
    const chained =
      last && /^\s*(?:from|in|across)\s+$/.test(f.text.slice(last.q.end, q.start))
        ? last.target
        : undefined;
    // "Speakers from 11 countries", "across four sessions": the event's, like its attendance
    const attending =
      ATTENDANCE.test(q.counts) ||
      PARTS.test(q.counts) ||
      ATTENDING_FROM.test(f.text.slice(Math.max(0, q.start - 30), q.start)) ||
      AUDIENCE_BEFORE.test(f.text.slice(Math.max(0, q.start - 30), q.start));
    // ("The Board approved the 2026 revenue budget of €412.3 million": the meeting's decision)
    const meeting = eventAt(q.start);
    // (not "across the 24 networks": a number the text already knows, no new figure)
    const decided =
      meeting?.facts.kind === 'MEETING' &&
      DECIDED.test(f.text.slice(s.start, q.start)) &&
      !/\b(?:the|its|their|our)\s+$/i.test(f.text.slice(Math.max(0, q.start - 8), q.start));
    const target =
      work?.entity ??
      chained ??
      inEvent?.entity ??
      (attending || decided || VOTE.test(q.counts) ? meeting?.entity : undefined);
    last = { q, ...(target ? { target } : {}) };
    const entry = {
      counts: q.counts,
      value: q.value,
      ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    };
    if (target && !target.known) {
      const list = (target.fields.quantities ??= []) as unknown[];
      list.push(entry);
    } else builder.notes.push(`figure: "${q.written}" (${JSON.stringify(entry)})`);
  }
}

/**
 * "Of the 412 hospitals it surveyed …" after the sentence naming the index; "A study published
 * today finds that 34% …" before the one naming it: the document a sentence refers to by "it" or
 * "the study", named in the sentence before or after it.
 */
function referredWork(f: Findings, s: Findings['sentences'][number]) {
  const own = f.text.slice(s.start, s.end);
  if (VOTED_BACK.test(own)) return subjectWork(f, f.sentences[f.sentences.indexOf(s) - 1]);
  if (VOTE_LINE.test(own)) return itemWork(f, s.start);
  const back = REFERS_BACK.test(own);
  const ahead = REFERS_AHEAD.test(own);
  if (!back && !ahead) return undefined;
  const k = f.sentences.indexOf(s);
  for (const near of [
    back ? f.sentences[k - 1] : undefined,
    ahead ? f.sentences[k + 1] : undefined,
  ]) {
    const work = near && worksIn(f.text, near, f.works).find((w) => w.entity.label === 'Document');
    if (work) return work;
  }
  return undefined;
}

/**
 * "Of the 412 hospitals it surveyed", "it finds that only 64 …", "Based on a survey of …": the
 * work the sentence before named (never the one after: "the Commission said it found …").
 */
const REFERS_BACK =
  /\bit\s+(?:surveyed|polled|interviewed|sampled|finds|found|shows|showed|covers|covered)\b|\b(?:the|this)\s+(?:study|report|survey|index|analysis|review|paper)\b|\bbased\s+on\s+(?:a|the|its)\s+(?:survey|study|analysis)\b/i;
/** "A study published today finds that …": the work the next sentence names. */
const REFERS_AHEAD = /\b[Aa]\s+(?:new\s+)?(?:study|report|survey|analysis|review|paper)\b/;

/** "It was adopted with 176 votes in favour …": the paper the sentence before is about. */
const VOTED_BACK =
  /^\s*(?:It|The\s+(?:opinion|report|resolution|motion|text))\s+was\s+(?:adopted|approved|rejected|endorsed)\b/;

/** A record's vote line: "Vote (open):⇥in favour 41⇥against 0", "Voting: …". */
const VOTE_LINE = /^\s*(?:Vote|Voting|Votes|Result of the vote)\b[^:\n]{0,20}:/;

/** The document an item's first line names ("Item 3. Resolution No. 118/2025 on …"), in its block. */
function itemWork(f: Findings, at: number) {
  const block = f.text.lastIndexOf('\n\n', at) + 2;
  const lineOf = (w: { start: number }) => f.text.lastIndexOf('\n', w.start - 1) + 1;
  return f.works.find(
    (w) =>
      w.entity.label === 'Document' &&
      w.start >= block &&
      w.start < at &&
      lineOf(w) === block &&
      w.start - block <= 20,
  );
}

/** The document that opens the sentence, its subject ("The opinion, "…" (SOC/834), was drawn up …"). */
function subjectWork(f: Findings, near: Findings['sentences'][number] | undefined) {
  const works = near ? worksIn(f.text, near, f.works) : [];
  return works.find((w) => w.entity.label === 'Document' && w.start - near!.start <= 20);
}
