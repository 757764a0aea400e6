import type { Transaction } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { batches, groupBy } from '../batches.js';
import type { Plan } from '../plan/plan.js';

export type Progress = (done: number, total: number) => void;

/**
 * Carries out a plan in the caller's transaction: nodes first (grouped by label), then new and
 * changed relationships (grouped by type), as batched UNWIND statements with parameters only.
 */
export async function writePlan(
  tx: Transaction,
  plan: Plan,
  batchSize: number,
  progress?: Progress,
): Promise<void> {
  const total = plan.nodeWrites.length + plan.relCreates.length + plan.relUpdates.length;
  let done = 0;
  const run = async (file: string, rows: readonly unknown[]): Promise<void> => {
    for (const batch of batches(rows, batchSize)) {
      await tx.run(cypherFile(file), { rows: batch });
      done += batch.length;
      progress?.(done, total);
    }
  };
  for (const rows of groupBy(plan.nodeWrites, (r) => r.label).values())
    await run('seed/merge-nodes.cypher', rows);
  const eids = await elementIds(tx, plan, batchSize);
  for (const rows of groupBy(plan.relCreates, (r) => r.type).values())
    await run(
      'seed/create-relationships.cypher',
      rows.map((r) => ({ ...r, from: eids.get(r.from), to: eids.get(r.to) })),
    );
  for (const rows of groupBy(plan.relUpdates, (r) => r.type).values())
    await run('seed/update-relationships.cypher', rows);
}

/** Element ids of every node a new relationship touches, by entity id. */
async function elementIds(tx: Transaction, plan: Plan, batchSize: number) {
  const ids = new Set<string>();
  for (const r of plan.relCreates) ids.add(r.from).add(r.to);
  const eids = new Map<string, string>();
  for (const batch of batches([...ids], batchSize)) {
    const result = await tx.run(cypherFile('seed/node-element-ids.cypher'), { ids: batch });
    for (const r of result.records) eids.set(r.get('id') as string, r.get('eid') as string);
  }
  const missing = [...ids].filter((id) => !eids.has(id));
  if (missing.length)
    throw new Error(`relationship ends not in the graph: ${missing.slice(0, 5).join(', ')}`);
  return eids;
}
