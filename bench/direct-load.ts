import type { BenchDb } from './bench-db.js';
import { generateGraph } from './generate/generate.js';
import { shardGraph } from './generate/shard.js';
import { shardRows } from './generate/to-rows.js';
import type { Update } from './progress.js';
import { writeResolved } from './write-resolved.js';

/**
 * Loads a generated graph through the loader's write stage only (writePlan, with the all-create
 * plan planLoad would return on an empty graph: see create-plan.ts), in
 * transactions of about `perTx` rows: every node first, then every relationship, so a fact whose
 * end is declared in a later file still finds it. The YAML read/parse/validate/resolve is skipped.
 */
export async function directLoad(
  db: BenchDb,
  size: number,
  seed: number,
  perTx: number,
  progress: Update,
): Promise<{ nodes: number; relationships: number; transactions: number }> {
  const loads = shardGraph(generateGraph(size, seed)).map(shardRows);
  const nodes = loads.flatMap((l) => l.nodes);
  const rels = loads.flatMap((l) => l.relationships);
  const total = nodes.length + rels.length;
  let done = 0;
  let transactions = 0;
  for (const [rows, isNodes] of [
    [nodes, true],
    [rels, false],
  ] as const) {
    for (let i = 0; i < rows.length; i += perTx) {
      const chunk = rows.slice(i, i + perTx);
      await writeResolved(
        db,
        isNodes
          ? { nodes: chunk as typeof nodes, relationships: [], issues: [] }
          : { nodes: [], relationships: chunk as typeof rels, issues: [] },
        10_000,
        undefined,
        true,
      );
      transactions++;
      done += chunk.length;
      progress(done, total);
    }
  }
  return { nodes: nodes.length, relationships: rels.length, transactions };
}
