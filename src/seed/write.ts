import type { Transaction } from 'neo4j-driver';
import { cypherFile } from '../neo4j/cypher-file.js';
import { batches, groupBy } from './batches.js';
import type { Plan } from './plan-types.js';

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
  for (const rows of groupBy(plan.relCreates, (r) => r.type).values())
    await run('seed/create-relationships.cypher', rows);
  for (const rows of groupBy(plan.relUpdates, (r) => r.type).values())
    await run('seed/update-relationships.cypher', rows);
}
