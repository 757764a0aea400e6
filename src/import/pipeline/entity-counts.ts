import type { KnownEntity } from '../../identity/known-entity.js';
import type { Resolution } from '../../identity/resolve-names.js';

/** created: new nodes; linked: tied to a curated entity; known: created by an earlier import. */
export interface EntityCounts {
  readonly created: number;
  readonly linked: number;
  readonly known: number;
  readonly spellings: number;
}

export function countEntities(r: Resolution, known: readonly KnownEntity[]): EntityCounts {
  const inGraph = new Set(known.map((k) => k.id));
  return {
    created: r.entities.filter((e) => !inGraph.has(e.id)).length,
    linked: r.entities.filter((e) => e.existing && !e.existing.imported).length,
    known: r.entities.filter((e) => e.existing?.imported || (!e.existing && inGraph.has(e.id)))
      .length,
    spellings: r.bySpelling.size,
  };
}

/** Imported entities named (name or alias) by a spelling that now resolves to another entity. */
export function superseded(r: Resolution, known: readonly KnownEntity[]): string[] {
  const ids = new Set<string>();
  for (const k of known.filter((k) => k.imported))
    for (const spelling of [k.name, ...k.aliases]) {
      const now = r.bySpelling.get(spelling);
      if (now && now.id !== k.id) ids.add(k.id);
    }
  return [...ids];
}
