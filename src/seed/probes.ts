import { looksLikeId } from './model/labels.js';
import type { ValidSeed } from './validated.js';

/** What a load needs to know about the graph: the ids and the names its files use. */
export interface Probes {
  /** Ids declared or referenced by the files (existing ones are read back). */
  readonly ids: string[];
  /** Names and aliases to match: references by name, and declared names (duplicate checks). */
  readonly names: string[];
}

export function probesOf(seeds: readonly ValidSeed[]): Probes {
  const ids = new Set<string>();
  const names = new Set<string>();
  const ref = (r: string): void => void (looksLikeId(r) ? ids.add(r) : names.add(r));
  for (const seed of seeds) {
    for (const e of [seed.source, ...seed.entities]) {
      ids.add(e.id);
      names.add(String(e.props.name ?? e.id));
      for (const alias of e.aliases) names.add(alias);
    }
    for (const rel of seed.relationships) [rel.from, rel.to].forEach(ref);
    for (const m of seed.mentions) ref(m.ref);
  }
  return { ids: [...ids], names: [...names] };
}

/** Ids referenced but neither declared by the files nor found in the graph. */
export function missingIds(seeds: readonly ValidSeed[], found: ReadonlySet<string>): string[] {
  const declared = new Set(seeds.flatMap((s) => [s.source, ...s.entities].map((e) => e.id)));
  const refs = seeds.flatMap((s) => [
    ...s.relationships.flatMap((r) => [r.from, r.to]),
    ...s.mentions.map((m) => m.ref),
  ]);
  return [...new Set(refs.filter((r) => looksLikeId(r) && !declared.has(r) && !found.has(r)))];
}
