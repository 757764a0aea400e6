import { editDistance } from '../model/names/edit-distance.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Gazetteer, KnownEntity } from './gazetteer.js';
import { findKnown, type KnownMatch } from './known-matches.js';
import { ORG_STEM, orgKindOf, orgRun, personRuns, titleBefore } from './name-runs.js';
import { findPeople, type PersonFinder } from './people.js';
import { foldedWords, type Token } from './tokens.js';
import {
  DOCUMENT_HEADS,
  INITIATIVE_HEADS,
  NAME_PARTICLES,
  ORG_HEADS,
  ORG_WORDS,
} from './vocabulary.js';
import { LEGAL_FORMS } from '../model/names/normalise.js';
import { hasLegalForm, orgEndingWith, surnames, withoutLegalForm } from './name-forms.js';

/** Where the text names an entity (known or proposed). */
export interface Mention {
  readonly entity: DraftEntity;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** "Professor" before a person's name. */
  readonly title?: string;
}

export interface Mentions {
  readonly known: readonly KnownMatch[];
  /** People, known or proposed, in text order. */
  readonly people: readonly Mention[];
  /** Every mention so far, in text order (organisations are added as they are used). */
  readonly all: Mention[];
  /** The organisation (known, or a proposed new one) whose name starts at token i. */
  orgAt(i: number, options?: { newOnlyIfTyped?: boolean }): Mention | undefined;
}

/** One generic word is part of a job title ("Head of Unit at DG CONNECT"), never a name. */
const GENERIC_ORG =
  /^(?:(?:Scientific|Advisory|Executive|Supervisory|Management|Steering|Governing|Ethics|Editorial)\s+(?:Council|Board|Committee|Team|Group))$|^(?:Unit|Sector|Department|Division|Cabinet|Directorate|Office|Team|Lab|Board)$/;
/** A body inside an organisation, named by it: "the Executive Board of X" is part of X's title. */
const GENERIC_HEAD = /^(?:Board|Cabinet|Team|Sector|Division)$/;

export function findMentions(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  builder: DraftBuilder,
  finder: PersonFinder,
): Mentions {
  const known = findKnown(text, tokens, gaz);
  const covered = new Set<number>();
  const all: Mention[] = [];
  const knownAt = new Map<number, Mention>();
  for (const m of known) {
    for (let t = m.first; t < m.last; t++) covered.add(t);
    const entity = builder.refer(m.entity, m.written);
    noteUncertain(entity, m);
    const title = entity.label === 'Person' ? titleBefore(text, tokens, m.first) : undefined;
    const mention = {
      entity,
      first: m.first,
      last: m.last,
      start: m.start,
      end: m.end,
      ...(title ? { title } : {}),
    };
    knownAt.set(m.first, mention);
    all.push(mention);
  }
  const proposedAt = new Map<number, Mention>();
  const orgAt = (i: number, options: { newOnlyIfTyped?: boolean } = {}): Mention | undefined => {
    const k = knownAt.get(i) ?? proposedAt.get(i);
    if (k) return ['Organisation', 'Project'].includes(k.entity.label) ? k : undefined;
    const run = orgRun(text, tokens, i, covered);
    const of = run && GENERIC_HEAD.test(tokens[i]!.raw) && tokens[i + 1]?.raw === 'of';
    if (of) return orgAt(i + (tokens[i + 2]?.raw === 'the' ? 3 : 2), options); // "Board of X": X
    if (
      !run ||
      GENERIC_ORG.test(run.text) ||
      (run.last - run.first === 1 && ORG_HEADS.has(tokens[i]!.fold))
    )
      return undefined;
    const { kind, guessed } = orgKindOf(run.text);
    const named = orgEndingWith(all, run.text); // "at São Vicente": the hospital named before
    if (guessed && options.newOnlyIfTyped && !named) return undefined;
    const entity = named ?? builder.propose('Organisation', run.text, { kind });
    if (!entity.checks.length) {
      entity.checks.push(...closeToKnown(run.text, gaz), 'new organisation');
      if (guessed) entity.checks.push('kind guessed: nothing in the name says what it is');
    }
    const mention = { entity, first: run.first, last: run.last, start: run.start, end: run.end };
    all.push(mention);
    proposedAt.set(i, mention);
    return mention;
  };
  for (const run of headedOrgRuns(text, tokens, covered)) {
    const m = orgAt(run);
    if (m) for (let t = m.first; t < m.last; t++) covered.add(t);
  }
  for (const m of withoutLegalForm(tokens, [...proposedAt.values()], covered)) {
    all.push(m);
    proposedAt.set(m.first, m);
  }
  const people: Mention[] = all.filter((m) => m.entity.label === 'Person');
  for (const run of findPeople(text, tokens, personRuns(text, tokens, covered), finder)) {
    const org = orgEndingWith(all, run.text);
    if (org) {
      // "Head of Cardiology at São Vicente": the end of "Hospital Universitário de São Vicente"
      const mention = {
        entity: org,
        first: run.first,
        last: run.last,
        start: run.start,
        end: run.end,
      };
      all.push(mention);
      proposedAt.set(run.first, mention);
      for (let t = run.first; t < run.last; t++) covered.add(t);
      continue;
    }
    const entity = builder.propose('Person', run.text);
    if (!entity.checks.length)
      entity.checks.push(...closeToKnown(run.text, gaz), `new person (${run.why})`);
    for (let t = run.first; t < run.last; t++) covered.add(t);
    people.push({
      entity,
      first: run.first,
      last: run.last,
      start: run.start,
      end: run.end,
      title: run.title,
    });
  }
  for (const m of shortNames(text, tokens, gaz, covered)) {
    const mention = { ...m, entity: builder.refer(m.entity, m.written) };
    knownAt.set(m.first, mention);
    all.push(mention);
  }
  people.push(...surnames(text, tokens, people, covered));
  people.sort((a, b) => a.start - b.start);
  all.push(...people.filter((p) => !p.entity.known));
  all.sort((a, b) => a.start - b.start);
  return { known, people, all, orgAt };
}

/**
 * Where a name with an organisation's head word starts ("Klinikum Nordstadt Hannover", "Heartsim
 * Analytics GmbH", "Centre Hospitalier de Valmont"): two words or more, none of them known.
 */
/** "AI start-up Synthelix", "software maker Kardiolab": what a company is, right before its name. */
const DESCRIBED =
  /\b(?:start-?up|company|firm|spin-?off|maker|manufacturer|developer|provider|supplier|consultancy|scale-?up|biotech|medtech)\s+$/i;

const isOrgWord = (fold: string): boolean =>
  ORG_HEADS.has(fold) || ORG_STEM.test(fold) || ORG_WORDS.has(fold) || LEGAL_FORMS.has(fold);

function headedOrgRuns(text: string, tokens: readonly Token[], covered: Set<number>): number[] {
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = orgRun(text, tokens, i, covered);
    if (!run) continue;
    if (NAME_PARTICLES.has(tokens[i - 1]?.raw ?? '')) {
      i = run.last - 1; // "von der Leyen II Commission": a person's name runs into it
      continue;
    }
    const words = tokens.slice(run.first, run.last);
    const lastWord = words.at(-1)!.fold;
    const work = words.some((t) => DOCUMENT_HEADS.has(t.fold)) || INITIATIVE_HEADS.has(lastWord);
    const described = DESCRIBED.test(text.slice(Math.max(0, run.start - 30), run.start));
    const headed =
      !work &&
      (words.some((t) => ORG_HEADS.has(t.fold) || ORG_STEM.test(t.fold)) ||
        hasLegalForm(run.text) ||
        described);
    const of = words.findIndex((t) => t.raw === 'of');
    // a first name just before the run counts ("Kacper" when the run is too long to start there)
    const prev = tokens[i - 1];
    const lead = prev?.cap && !isOrgWord(prev.fold) && text[prev.end] === ' ' ? 1 : 0;
    const person =
      of >= 1 &&
      of + lead >= 2 &&
      of + lead <= 3 &&
      words.slice(0, of).every((t) => !isOrgWord(t.fold));
    // "Professor Lars Eriksson of Uppsala University": a person's name, then the organisation
    if (person && words.length - of - 1 >= 2) {
      i = run.first + of;
      continue;
    }
    if ((words.length >= 2 || described) && headed) starts.push(i);
    i = run.last - 1;
  }
  return starts;
}

function noteUncertain(entity: DraftEntity, m: KnownMatch): void {
  if (m.how === 'close') {
    const note = `"${m.written}" read as ${m.entity.name} (${m.entity.id}): a close spelling`;
    if (!entity.checks.includes(note)) entity.checks.push(note);
  }
  for (const alt of m.alternatives) {
    const note = `"${m.written}" is also ${alt.name} (${alt.id}): which one?`;
    if (!entity.checks.includes(note)) entity.checks.push(note);
  }
}

/**
 * "the Commission", "the Parliament's": one head word standing for the one known "European <W>"
 * (the way EU texts shorten their institutions' names).
 */
function shortNames(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  covered: Set<number>,
): (Omit<Mention, 'entity'> & { entity: KnownEntity; written: string })[] {
  const out: (Omit<Mention, 'entity'> & { entity: KnownEntity; written: string })[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || !t.cap || !ORG_HEADS.has(t.fold) || tokens[i + 1]?.cap) continue;
    if (!/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    const named = (gaz.byName.get(`european ${t.fold}`) ?? []).filter(
      (e) => e.label === 'Organisation',
    );
    if (named.length !== 1) continue;
    covered.add(i);
    out.push({
      entity: named[0]!,
      written: t.raw,
      first: i,
      last: i + 1,
      start: t.start,
      end: t.end,
    });
  }
  return out;
}

/** Known entities a proposed name is close to, beyond a typo: same surname, or 3 edits. */
function closeToKnown(name: string, gaz: Gazetteer): string[] {
  const words = foldedWords(name);
  const last = words.at(-1)!;
  const folded = words.join(' ');
  const out: string[] = [];
  for (const [other, entities] of gaz.byName) {
    const surname = words.length > 1 && (other === last || other.endsWith(` ${last}`));
    const typo = Math.abs(other.length - folded.length) <= 3 && editDistance(folded, other, 3) <= 3;
    if (!surname && !typo) continue;
    for (const e of entities)
      if ((e.label === 'Person' && (surname || typo)) || (e.label === 'Organisation' && typo))
        out.push(`close to ${e.name} (${e.id})`);
    if (out.length >= 3) break;
  }
  return out.slice(0, 3);
}
