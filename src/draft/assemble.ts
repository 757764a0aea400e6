import { occurrences } from './masthead.js';
import { cleanText, normaliseText, slug } from '../model/names/normalise.js';
import { short } from './evidence.js';
import type { Affiliation } from './affiliations.js';
import type { NamedWork } from './documents.js';
import { relateWorks, worksIn } from './work-relations.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { EventFacts } from './event.js';
import type { KnownEntity } from './gazetteer.js';
import type { Mention } from './mentions.js';
import type { Quantity } from './quantities.js';
import { placeQuantities, type EventRef } from './place-quantities.js';
import { eventEntity } from './event-entity.js';
import { saidInPresent, type Quote } from './quotes.js';
import { statementOf } from './statements.js';
import { saidAt } from './said-at.js';
import type { Speech } from './speech.js';
import { foldedWords, type Sentence } from './tokens.js';
import { dropEventNames } from './event-name-pieces.js';

/** The parts the analysers found, turned into the draft's entities and relationships. */
export interface Findings {
  readonly source: DraftEntity;
  readonly affiliations: readonly Affiliation[];
  readonly event?: EventFacts;
  /** Other events the text reports on other days ("a webinar on 4 March followed"). */
  readonly moreEvents: readonly EventFacts[];
  /** A known event the graph has on the event's date (referred to instead of a new one). */
  readonly knownEvent?: KnownEntity | undefined;
  /** The graph's events on the days of `moreEvents`, in their order. */
  readonly knownMore?: readonly (KnownEntity | undefined)[];
  readonly speech: readonly Speech[];
  readonly quotes: readonly Quote[];
  readonly published?: string;
  /** Every entity mention, in text order (what a quote is about). */
  readonly mentions: readonly Mention[];
  /** The text drafted from (evidence is cut from it). */
  readonly text: string;
  /** The article's title: the event's name when it names one ("EDITH Deep Thinkers Meeting, Rome"). */
  readonly title?: string;
  readonly sentences: readonly Sentence[];
  /** Documents (and initiatives) the text names. */
  readonly works: readonly NamedWork[];
  readonly quantities: readonly Quantity[];
}

export function assemble(builder: DraftBuilder, f: Findings): void {
  for (const a of f.affiliations) {
    builder.relate(a.person.entity, 'HOLDS_ROLE', a.org.entity, {
      ...(a.title ? { title: cleanText(a.title) } : {}),
      evidence: short(a.evidence, 400),
    });
  }
  const launched = f.event ? worksIn(f.text, f.event.span, f.works)[0] : undefined;
  const event = f.event
    ? eventEntity(builder, f.event, f.knownEvent, f.title, launched?.entity.name)
    : undefined;
  relateAllWorks(builder, f, event);
  const events: EventRef[] = [
    ...(event && f.event ? [{ facts: f.event, entity: event }] : []),
    ...f.moreEvents.map((facts, k) => ({
      facts,
      entity: eventEntity(builder, facts, f.knownMore?.[k]),
    })),
  ];
  // a speaker or a quote belongs to the event reported last before it (the main one otherwise)
  const byPlace = [...events].sort((a, b) => a.facts.span.start - b.facts.span.start);
  const past = events.filter((e) => !f.published || e.facts.date <= f.published);
  const eventAt = (at: number) => byPlace.filter((e) => e.facts.span.start <= at).at(-1) ?? past[0];
  const pastAt = saidAt(f, events);
  placeQuantities(builder, f, events, eventAt);
  for (const e of events) relateEvent(builder, f.source, e.facts, e.entity);
  for (const s of f.speech) {
    const e = pastAt(s.person.start, s.person.entity);
    if (e) builder.relate(s.person.entity, 'SPOKE_AT', e.entity, { evidence: short(s.evidence) });
  }
  for (const e of events) dropVenue(builder, e.facts.venue, f.text);
  dropEventNames(
    builder,
    f.text,
    events.map((e) => e.entity.name),
  );
  if (!events.length) dropVenue(builder);
  for (const q of f.quotes) {
    // an interview's answers are said to the interviewer, on the day it is published
    const e =
      q.attribution === 'interview answer' || saidInPresent(f.text, q)
        ? undefined
        : pastAt(q.start, q.speaker?.entity);
    const date = e?.facts.date ?? f.published;
    statementOf(builder, q, { event: e?.entity, date, mentions: f.mentions, text: f.text });
    // "Speech by X, …, at the Y": who gave the speech spoke at the event
    if (e && q.speaker && (q.attribution === 'speech' || q.attribution === 'transcript'))
      builder.relate(q.speaker.entity, 'SPOKE_AT', e.entity, { evidence: short(q.evidence ?? '') });
  }
  for (const s of f.speech) {
    if (!s.reported || f.quotes.some((q) => q.speaker === s.person)) continue;
    builder.notes.push(
      `${s.person.entity.name} (${s.person.entity.id}) ${s.verb}: ${short(s.reported, 300)}`,
    );
  }
}

function relateEvent(
  builder: DraftBuilder,
  source: DraftEntity,
  e: EventFacts,
  event: DraftEntity,
): void {
  for (const host of e.host ? [e.host, ...(e.coHosts ?? [])] : [])
    builder.relate(event, 'HOSTED_BY', host.entity, { evidence: short(e.hostEvidence ?? '') });
  for (const m of e.about)
    builder.relate(event, 'ABOUT', m.entity, { evidence: short(e.evidence) });
  builder.relate(source, 'ABOUT', event, { evidence: short(e.evidence) });
}

/**
 * "at the Austria Center Vienna": the event's venue is a place, not an organisation to propose
 * (unless it is an institution the text names again: "📍 Champalimaud Foundation, Lisbon", then
 * among the tagged organisations).
 */
function dropVenue(builder: DraftBuilder, venue?: string, text?: string): void {
  // ("The Square – Brussels Meeting Centre": the organisation found is "Square Brussels …")
  const key = venue === undefined ? undefined : foldedWords(venue).join(' ').replace(/^the /, '');
  for (const e of [...builder.entities.values()]) {
    if (e.known || e.label !== 'Organisation') continue;
    const name = foldedWords(e.name).join(' ');
    const same =
      key !== undefined &&
      (key.startsWith(name) || name.startsWith(key)) &&
      !(text && INSTITUTION.test(e.name) && occurrences(text, e.name).length > 1);
    if (!same && !VENUE_NAME.test(e.name)) continue;
    // ("Dr X, Minister of Health …, at the Berlaymont in Brussels": where the meeting was, not
    // where they work)
    const rels = [...builder.relationships.values()].filter(
      (r) => r.to === e.id || r.from === e.id,
    );
    const atVenue = (r: (typeof rels)[number]) =>
      r.type === 'HOLDS_ROLE' && String(r.props.evidence ?? '').endsWith(`at the ${e.name}`);
    if (same && rels.length && rels.every(atVenue)) builder.withdraw(e);
    else builder.drop(e);
  }
}

/** A venue that is also an institution: a foundation, a university, an institute, a hospital. */
const INSTITUTION =
  /\b(?:Foundation|Fondation|Fundação|Fundación|Fondazione|Stiftung|University|Universit\p{L}*|Institute|Institut|Hospital|Hôpital|Ospedale|Klinikum)\b/u;
/** Names of places to meet, never of organisations: "Centro de Congressos do Tejo". */
const VENUE_NAME =
  /\b(?:Conference|Congress|Convention|Exhibition)\s+(?:Centre|Center|Hall)\b|\b(?:Centro|Palais|Palacio|Palazzo)\s+(?:de|dei|des|del|do|da)\s+(?:Congress|Congr|Convenc|Exposi)|\b(?:Kongress|Congress)(?:zentrum|haus|centrum)\b/iu;

/** doc:<date>-<the title's first words>, whole words only (a slug is cut at 60 characters). */
export function sourceIdOf(title: string, date?: string, taken?: (id: string) => boolean): string {
  const words = title.split(/\s+/).slice(0, 8);
  const key = (n: number): string => `${date ?? ''} ${words.slice(0, n).join(' ')}`;
  let n = words.length;
  while (n > 1 && normaliseText(key(n)).replace(/[^a-z0-9]+/g, '-').length > 60) n--;
  // (a page about a work of the same title, "POLICY BRIEF 07/2026" over it: the page is another)
  const id = `doc:${slug(key(n))}`;
  return taken?.(id) ? `${id}-page` : id;
}

/** PRESENTED_AT and PRODUCED_BY, sentence by sentence, for the works each one names. */
function relateAllWorks(builder: DraftBuilder, f: Findings, event?: DraftEntity): void {
  if (!f.works.length) return;
  for (const s of f.sentences) {
    const works = worksIn(f.text, s, f.works);
    if (!works.length) continue;
    const orgs = f.mentions.filter(
      (m) => m.start >= s.start && m.end <= s.end && m.entity.label === 'Organisation',
    );
    const at = event && f.event ? { entity: event, sentence: f.event.span } : undefined;
    relateWorks(builder, f.text, s, works, orgs, at);
  }
}
