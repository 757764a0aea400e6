import type { IdPrefix } from '../model/labels.js';
import type { Judgement } from './judgements.js';
import type { KnownEntity } from './known-entity.js';
import { slug } from '../model/names/normalise.js';

/** What the register says about one spelling: how often, with whom, where first. */
export interface SpellingStats {
  rows: number;
  readonly officials: Set<string>;
  readonly first: string;
}

/** One resolved entity: an existing one (linked) or a new one (created by the import). */
export interface ResolvedEntity {
  readonly id: string;
  readonly name: string;
  readonly key: string;
  /** Spellings of the register that resolve here. */
  readonly spellings: string[];
  readonly existing?: KnownEntity;
  /** How the register's spellings were tied to an existing entity. */
  readonly how?: 'exact' | 'judgement';
  readonly rows: number;
  readonly officials: Set<string>;
}

export interface Resolution {
  readonly bySpelling: Map<string, ResolvedEntity>;
  readonly entities: ResolvedEntity[];
  /** Judgements that could not be applied (a `same` contradicting a `different`). */
  readonly conflicts: string[];
}

/**
 * Ties the register's spellings of one label to entities. Spellings with equal keys are one
 * entity; a key equal to the key of an existing entity's name or alias links to it (exact after
 * normalisation); judgements are applied on top: `different` splits or blocks, `same` joins.
 * Everything else is a new entity, id `<prefix>:<slug of key>`.
 */
export function resolveNames(
  stats: ReadonlyMap<string, SpellingStats>,
  known: readonly KnownEntity[],
  judgements: readonly Judgement[],
  keyOf: (name: string) => string,
  prefix: IdPrefix,
): Resolution {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));

  const curated = known.filter((k) => !k.imported);
  const byId = new Map(known.map((k) => [k.id, k]));
  const different = judgements.filter((j) => j.judgement === 'different');
  const split = new Set<string>();
  for (const j of different)
    for (const [x, y] of [
      [j.a, j.b],
      [j.b, j.a],
    ] as const)
      if (stats.has(x) && (stats.has(y) ? keyOf(x) === keyOf(y) : sameCurated(y, x))) split.add(x);
  const unit = (side: string): string =>
    byId.has(side) ? `id:${side}` : split.has(side) ? `s:${side}` : `k:${keyOf(side)}`;
  function sameCurated(id: string, spelling: string): boolean {
    const k = byId.get(id);
    return !!k && [k.name, ...k.aliases].some((n) => keyOf(n) === keyOf(spelling));
  }

  for (const s of stats.keys()) find(unit(s));
  const keyIndex = new Map<string, Set<string>>();
  for (const k of curated)
    for (const n of [k.name, ...k.aliases]) {
      const set = keyIndex.get(keyOf(n)) ?? new Set();
      keyIndex.set(keyOf(n), set.add(k.id));
    }
  const exact = new Set<string>();
  for (const s of stats.keys()) {
    const ids = keyIndex.get(keyOf(s));
    if (ids?.size === 1 && !split.has(s)) {
      union(unit(s), `id:${[...ids][0]}`);
      exact.add(unit(s));
    }
  }
  const conflicts: string[] = [];
  const blocked = (x: string, y: string) =>
    different.some((d) => {
      const [p, q] = [find(unit(d.a)), find(unit(d.b))];
      return (p === find(x) && q === find(y)) || (p === find(y) && q === find(x));
    });
  for (const j of judgements.filter((j) => j.judgement === 'same')) {
    if (!stats.has(j.a) && !byId.has(j.a) && !stats.has(j.b) && !byId.has(j.b)) continue;
    if (blocked(unit(j.a), unit(j.b)))
      conflicts.push(`'${j.a}' same as '${j.b}' contradicts a 'different'`);
    else union(unit(j.a), unit(j.b));
  }
  return build(stats, byId, find, unit, exact, prefix, conflicts);
}

function build(
  stats: ReadonlyMap<string, SpellingStats>,
  byId: ReadonlyMap<string, KnownEntity>,
  find: (x: string) => string,
  unit: (s: string) => string,
  exact: ReadonlySet<string>,
  prefix: string,
  conflicts: string[],
): Resolution {
  const groups = new Map<string, string[]>();
  for (const s of stats.keys())
    groups.set(find(unit(s)), [...(groups.get(find(unit(s))) ?? []), s]);
  const members = new Map<string, string[]>();
  for (const x of [...byId.keys()].map((id) => `id:${id}`))
    if (groups.has(find(x))) members.set(find(x), [...(members.get(find(x)) ?? []), x.slice(3)]);
  const takenIds = new Set([...byId.values()].filter((k) => !k.imported).map((k) => k.id));
  const bySpelling = new Map<string, ResolvedEntity>();
  const entities: ResolvedEntity[] = [];
  for (const [root, spellings] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    spellings.sort((a, b) => stats.get(b)!.rows - stats.get(a)!.rows || (a < b ? -1 : 1));
    const ids = members.get(root) ?? [];
    const existing = ids.length === 1 ? byId.get(ids[0]!) : undefined;
    const name = existing?.name ?? spellings[0]!;
    const key = root.startsWith('k:') ? root.slice(2) : unit(spellings[0]!).slice(2);
    let id = existing?.id ?? `${prefix}:${slug(key)}`;
    for (let n = 2; !existing && takenIds.has(id); n++) id = `${prefix}:${slug(key)}-${n}`;
    if (ids.length > 1)
      conflicts.push(`'${spellings[0]}' is judged the same as ${ids.join(' and ')}`);
    const all = spellings.map((s) => stats.get(s)!);
    const entity: ResolvedEntity = {
      id,
      name,
      key,
      spellings,
      existing,
      how: existing
        ? spellings.every((s) => exact.has(unit(s)))
          ? 'exact'
          : 'judgement'
        : undefined,
      rows: all.reduce((n, s) => n + s.rows, 0),
      officials: new Set(all.flatMap((s) => [...s.officials])),
    };
    entities.push(entity);
    for (const s of spellings) bySpelling.set(s, entity);
  }
  return { bySpelling, entities, conflicts };
}
