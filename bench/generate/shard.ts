import type { GenEntity, GenGraph, GenRel } from './model.js';
import { sizeLabel } from './model.js';

/** One seed file: its own source document and the entities and facts it states. */
export interface Shard {
  readonly index: number;
  readonly source: { id: string; name: string; url: string; published: string };
  readonly entities: GenEntity[];
  readonly rels: GenRel[];
}

export const ENTITIES_PER_FILE = 4_000;

/**
 * Splits the graph into seed files of consecutive entities (related entities were generated
 * together); each fact goes to the file that declares its start.
 */
export function shardGraph(graph: GenGraph, perFile = ENTITIES_PER_FILE): Shard[] {
  const count = Math.max(1, Math.ceil(graph.entities.length / perFile));
  const tag = `${sizeLabel(graph.size).toLowerCase()}-${graph.seed}`;
  const shards: Shard[] = [];
  const owner = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const part = String(i + 1).padStart(4, '0');
    shards.push({
      index: i,
      source: {
        id: `doc:bench-${tag}-register-part-${part}`,
        name: `Synthetic stakeholder register ${tag}, part ${i + 1} of ${count}`,
        url: `https://example.org/bench/${tag}/part-${part}`,
        published: '2025-06-30',
      },
      entities: graph.entities.slice(i * perFile, (i + 1) * perFile),
      rels: [],
    });
    for (const e of shards[i]!.entities) owner.set(e.id, i);
  }
  for (const r of graph.rels) shards[owner.get(r.from) ?? 0]!.rels.push(r);
  return shards;
}
