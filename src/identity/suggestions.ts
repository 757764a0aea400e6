import type { Label } from '../model/labels.js';
import { createHash } from 'node:crypto';
import type { Judgement } from './judgements.js';
import { pairKey } from './judgements.js';
import type { KnownEntity } from './known-entity.js';
import type { ResolvedEntity } from './resolve-names.js';
import { similarity, STOP_WORDS, words, type Reason, type Similarity } from './similarity.js';

/** A pair that may be one entity; never merged until a reviewer says so (a judgement). */
export interface Suggestion {
  readonly id: string;
  readonly label: Label;
  readonly left: string;
  readonly right: string;
  readonly leftName: string;
  readonly rightName: string;
  /** How a judgement names each side: a curated entity's id, or the register's spelling. */
  readonly leftRef: string;
  readonly rightRef: string;
  readonly reason: Reason;
  readonly score: number;
  /** Names as written, counts and officials in common: what a reviewer needs to decide. */
  readonly evidence: string;
}

/** One side of a possible pair: a dataset's entity or a known one. */
export interface Item {
  readonly id: string;
  readonly ref: string;
  readonly name: string;
  readonly keys: string[];
  readonly sides: string[];
  readonly rows: number;
  readonly officials: ReadonlySet<string>;
  readonly curated: boolean;
  /** What else a reviewer should see (a PIC, a country). */
  readonly note?: string;
}

/** At most this many suggestions per entity (best first), and words this common are no evidence. */
const PER_ENTITY = 3;
export const COMMON_WORD = 25;

/**
 * Close pairs among the register's entities and the curated ones they were not linked to:
 * candidates share an uncommon word or an initial pattern (blocking), then `similarity` decides.
 * Pairs with a judgement either way are left out.
 */
export function suggest(
  label: Label,
  entities: readonly ResolvedEntity[],
  known: readonly KnownEntity[],
  judgements: readonly Judgement[],
  keyOf: (name: string) => string,
  /** What the dataset counts per entity in the evidence: "register row", "project". */
  occurrence: string,
): Suggestion[] {
  const linked = new Set(entities.map((e) => e.id));
  const items: Item[] = [
    ...entities.map((e) => ({
      id: e.id,
      ref: e.existing && !e.existing.imported ? e.id : e.spellings[0]!,
      name: e.name,
      keys: [...new Set(e.spellings.map(keyOf))],
      sides: [e.id, ...e.spellings],
      rows: e.rows,
      officials: e.officials,
      curated: !!e.existing && !e.existing.imported,
    })),
    ...known
      .filter((k) => k.label === label && !k.imported && !linked.has(k.id))
      .map((k) => ({
        id: k.id,
        ref: k.id,
        name: k.name,
        keys: [...new Set([k.name, ...k.aliases, ...(k.acronym ? [k.acronym] : [])].map(keyOf))],
        sides: [k.id],
        rows: 0,
        officials: new Set<string>(),
        curated: true,
      })),
  ];
  const judged = new Set(judgements.map((j) => pairKey(j.a, j.b)));
  const isJudged = (a: Item, b: Item) =>
    a.sides.some((x) => b.sides.some((y) => judged.has(pairKey(x, y))));
  const best = new Map<string, Suggestion[]>();
  for (const [a, b] of candidates(items)) {
    if (isJudged(a, b)) continue;
    const sim = bestSimilarity(a, b);
    if (!sim) continue;
    const s = suggestion(label, a, b, sim, occurrence);
    for (const x of [a.id, b.id]) best.set(x, [...(best.get(x) ?? []), s]);
  }
  return bestPerEntity(best);
}

/** The suggestion of a pair, its id derived from the two entity ids (stable across runs). */
export function suggestion(
  label: Label,
  a: Item,
  b: Item,
  sim: NonNullable<ReturnType<typeof similarity>>,
  occurrence: string,
): Suggestion {
  const [l, r] = a.id < b.id ? [a, b] : [b, a];
  return {
    id: `suggestion:${createHash('sha256').update(pairKey(l.id, r.id)).digest('hex').slice(0, 16)}`,
    label,
    left: l.id,
    right: r.id,
    leftName: l.name,
    rightName: r.name,
    leftRef: l.ref,
    rightRef: r.ref,
    ...sim,
    evidence: evidence(l, r, occurrence),
  };
}

/** At most PER_ENTITY suggestions per entity, best first; the whole list best first. */
export function bestPerEntity(best: ReadonlyMap<string, Suggestion[]>): Suggestion[] {
  const keep = new Map<string, Suggestion>();
  for (const list of best.values())
    for (const s of list.sort((x, y) => y.score - x.score).slice(0, PER_ENTITY)) keep.set(s.id, s);
  return [...keep.values()].sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
}

/** The best similarity over two items' keys, of those `accept` takes (all by default). */
export function bestSimilarity(
  a: Item,
  b: Item,
  accept: (s: Similarity, x: string, y: string) => boolean = () => true,
) {
  let best: ReturnType<typeof similarity>;
  for (const x of a.keys)
    for (const y of b.keys) {
      const s = similarity(x, y);
      if (s && accept(s, x, y) && (!best || s.score > best.score)) best = s;
    }
  return best;
}

/** Pairs sharing an uncommon word, or where one single-word key could be the other's initials. */
function* candidates(items: readonly Item[]): Generator<[Item, Item]> {
  const index = new Map<string, number[]>();
  const add = (token: string, i: number) => {
    const list = index.get(token);
    if (!list) index.set(token, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  items.forEach((item, i) => {
    const tokens = new Set(item.keys.flatMap(words).filter((w) => !STOP_WORDS.has(w)));
    for (const t of tokens) add(t, i);
    for (const k of item.keys) {
      const initials = words(k)
        .filter((w) => !STOP_WORDS.has(w))
        .map((w) => w[0])
        .join('');
      if (initials.length >= 2) add(`^${initials}`, i);
    }
  });
  const seen = new Set<string>();
  for (const [token, list] of index) {
    const partners = token.startsWith('^') ? (index.get(token.slice(1)) ?? []) : list;
    if (list.length > COMMON_WORD || partners.length > COMMON_WORD) continue;
    for (const i of list)
      for (const j of partners) {
        if (i === j) continue;
        const k = i < j ? `${i},${j}` : `${j},${i}`;
        if (seen.has(k)) continue;
        seen.add(k);
        yield [items[i]!, items[j]!];
      }
  }
}

function evidence(l: Item, r: Item, occurrence: string): string {
  const side = (x: Item) =>
    `'${x.name}' (${x.curated ? 'curated; ' : ''}${x.rows} ${occurrence}${x.rows === 1 ? '' : 's'})`;
  const common = [...l.officials].filter((o) => r.officials.has(o)).sort();
  const shared = common.length
    ? `; officials in common: ${common.slice(0, 5).join(', ')}${common.length > 5 ? ` +${common.length - 5}` : ''}`
    : l.officials.size + r.officials.size
      ? '; no official in common'
      : '';
  return `${side(l)} vs ${side(r)}${shared}${l.note || r.note ? `; ${[l.note, r.note].filter(Boolean).join('; ')}` : ''}`;
}
