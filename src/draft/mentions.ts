import { editDistance } from '../model/names/edit-distance.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import { findKnown, type KnownMatch } from './known-matches.js';
import { orgKindOf, orgRun, personRuns, titleBefore } from './name-runs.js';
import { findPeople, type PersonFinder } from './people.js';
import { foldedWords, type Token } from './tokens.js';
import { ORG_HEADS } from './vocabulary.js';
import { legalNameKey, organisationKey } from '../model/names/normalise.js';

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

const hasLegalForm = (name: string): boolean => organisationKey(name) !== legalNameKey(name);

/** One generic word is part of a job title ("Head of Unit at DG CONNECT"), never a name. */
const GENERIC_ORG =
  /^(?:Unit|Sector|Department|Division|Cabinet|Directorate|Office|Team|Lab|Board)$/;

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
  const people: Mention[] = all.filter((m) => m.entity.label === 'Person');
  for (const run of findPeople(text, tokens, personRuns(text, tokens, covered), finder)) {
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
  people.sort((a, b) => a.start - b.start);
  all.push(...people.filter((p) => !p.entity.known));
  const proposedAt = new Map<number, Mention>();
  const orgAt = (i: number, options: { newOnlyIfTyped?: boolean } = {}): Mention | undefined => {
    const k = knownAt.get(i) ?? proposedAt.get(i);
    if (k) return ['Organisation', 'Project'].includes(k.entity.label) ? k : undefined;
    const run = orgRun(text, tokens, i, covered);
    if (
      !run ||
      GENERIC_ORG.test(run.text) ||
      (run.last - run.first === 1 && ORG_HEADS.has(tokens[i]!.fold))
    )
      return undefined;
    const { kind, guessed } = orgKindOf(run.text);
    if (guessed && options.newOnlyIfTyped) return undefined;
    const entity = builder.propose('Organisation', run.text, { kind });
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
  all.sort((a, b) => a.start - b.start);
  return { known, people, all, orgAt };
}

/**
 * Where a name with an organisation's head word starts ("Klinikum Nordstadt Hannover", "Heartsim
 * Analytics GmbH", "Centre Hospitalier de Valmont"): two words or more, none of them known.
 */
function headedOrgRuns(text: string, tokens: readonly Token[], covered: Set<number>): number[] {
  const starts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run = orgRun(text, tokens, i, covered);
    if (!run) continue;
    const words = tokens.slice(run.first, run.last);
    const headed = words.some((t) => ORG_HEADS.has(t.fold)) || hasLegalForm(run.text);
    if (words.length >= 2 && headed) starts.push(i);
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

/** Known entities a proposed name is close to, beyond a typo: same surname, or 3 edits. */
function closeToKnown(name: string, gaz: Gazetteer): string[] {
  const words = foldedWords(name);
  const last = words.at(-1)!;
  const folded = words.join(' ');
  const out: string[] = [];
  for (const e of gaz.entities) {
    if (e.label !== 'Person' && e.label !== 'Organisation') continue;
    const other = foldedWords(e.name);
    const sameSurname = e.label === 'Person' && words.length > 1 && other.at(-1) === last;
    if (sameSurname || editDistance(folded, other.join(' '), 3) <= 3)
      out.push(`close to ${e.name} (${e.id})`);
    if (out.length >= 3) break;
  }
  return out;
}
