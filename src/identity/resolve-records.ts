import type { Judgement } from './judgements.js';
import type { KnownEntity } from './known-entity.js';
import type { IdPrefix } from '../model/labels.js';
import { slug } from '../model/names/normalise.js';

/** One thing a dataset names under an identifier of its own (a PIC, a grant number). */
export interface NamedRecord {
  /** `pic:999978433`: how judgements and new ids name it. */
  readonly ref: string;
  /** The names the dataset gives it, the main one first (legal name, then short name…). */
  readonly names: readonly string[];
  /** The external ids it states, `scheme:value`, its ref included. */
  readonly ids: readonly string[];
}

export type LinkHow = 'external-id' | 'exact' | 'judgement' | 'new';

export interface RecordLink {
  readonly record: NamedRecord;
  readonly id: string;
  readonly existing?: KnownEntity;
  readonly how: LinkHow;
}

/**
 * Ties records to entities, one entity per record whatever its spellings (two PICs with one legal
 * name stay two organisations). Certain links only, in this order: an external id a curated entity
 * states; a judgement `same`; a name equal after normalisation to exactly one curated entity's name
 * or alias, when no other record of the batch has that name; last, this dataset's own node of an
 * earlier run holding the external id (ids hold across releases). A judgement `different` blocks a
 * link. Everything else is new: `<prefix>:<slug of the main name>`, with the ref's value added when
 * that id is taken. Uncertain pairs are for `suggest` to propose.
 */
export function resolveRecords(
  records: readonly NamedRecord[],
  known: readonly KnownEntity[],
  judgements: readonly Judgement[],
  keyOf: (name: string) => string,
  prefix: IdPrefix,
  /** false: link by external id and judgement only (project acronyms are no identity). */
  linkByName = true,
): RecordLink[] {
  const curated = known.filter((k) => !k.imported);
  const curatedById = new Map(curated.map((k) => [k.id, k]));
  // External ids identify whoever holds them: a curated entity first, else this dataset's own node
  // of an earlier run (so a record keeps its id from one release to the next).
  const byExternalId = indexBy(known, (k) => k.externalIds ?? []);
  const byKey = linkByName
    ? indexBy(curated, (k) => [k.name, ...k.aliases].map(keyOf))
    : new Map<string, KnownEntity[]>();
  const keyHolders = countBy(records, (r) => r.names.map(keyOf));
  const baseOf = (r: NamedRecord) => `${prefix}:${slug(keyOf(r.names[0] ?? r.ref))}`;
  const baseHolders = countBy(records, (r) => [baseOf(r)]);
  // Judgements by side, both ways: `same` and `different` between a record's ref or name and an id.
  const bySide = new Map<string, { other: string; judgement: Judgement['judgement'] }[]>();
  for (const j of judgements)
    for (const [side, other] of [
      [j.a, j.b],
      [j.b, j.a],
    ] as const)
      bySide.set(side, [...(bySide.get(side) ?? []), { other, judgement: j.judgement }]);
  const judgedOf = (r: NamedRecord, judgement: Judgement['judgement']) =>
    [r.ref, ...r.names].flatMap((side) =>
      (bySide.get(side) ?? []).filter((j) => j.judgement === judgement).map((j) => j.other),
    );
  const judged = (r: NamedRecord, id: string, judgement: Judgement['judgement']) =>
    judgedOf(r, judgement).includes(id);
  const taken = new Set(known.map((k) => k.id));
  return records.map((record) => {
    const link = (k: KnownEntity | undefined, how: LinkHow): RecordLink | undefined =>
      k && !judged(record, k.id, 'different') ? { record, id: k.id, existing: k, how } : undefined;
    const sameAs = judgedOf(record, 'same')
      .map((id) => curatedById.get(id))
      .find(Boolean);
    const exact = record.names
      .map(keyOf)
      .filter((key) => keyHolders.get(key) === 1)
      .map((key) => only(byKey.get(key)))
      .find(Boolean);
    const holders = record.ids.flatMap((x) => byExternalId.get(x) ?? []);
    // The rest of the graph first, so a judgement or a curated name given later wins over the
    // node this dataset made on an earlier run (which is then superseded).
    const found =
      link(only(holders.filter((k) => !k.imported)), 'external-id') ??
      link(sameAs, 'judgement') ??
      link(exact, 'exact') ??
      link(only(holders.filter((k) => k.imported)), 'external-id');
    if (found) return found;
    // The main name's slug, with the ref's value when another record or entity would have the
    // same id: the same whatever the order of the records.
    const base = baseOf(record);
    const shared = taken.has(base) || (baseHolders.get(base) ?? 0) > 1;
    const id = shared ? `${base}-${slug(record.ref.split(':').pop() ?? record.ref)}` : base;
    return { record, id, how: 'new' };
  });
}

/** The one entity in a list, or undefined when there are none or several (not certain). */
const only = (list: readonly KnownEntity[] | undefined): KnownEntity | undefined => {
  const distinct = [...new Set(list ?? [])];
  return distinct.length === 1 ? distinct[0] : undefined;
};

function indexBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items)
    for (const key of new Set(keys(item))) index.set(key, [...(index.get(key) ?? []), item]);
  return index;
}

function countBy<T>(
  items: readonly T[],
  keys: (item: T) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items)
    for (const key of new Set(keys(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
