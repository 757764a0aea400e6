import type { Transaction } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { eachRecord } from '../../neo4j/each-record.js';
import { batches, groupBy } from '../batches.js';
import type { Plan } from '../plan/plan.js';

export type Progress = (done: number, total: number) => void;

type ElementIds = Map<string, string>;

/**
 * Carries out a plan in the caller's transaction: nodes first (new ones created, others merged,
 * grouped by label), then new and changed relationships (grouped by type), as batched UNWIND
 * statements with parameters only. New relationships find their ends by element id: the node
 * statements return them, the rest are read once per node (never a look-up per relationship end).
 */
export async function writePlan(
  tx: Transaction,
  plan: Plan,
  batchSize: number,
  progress?: Progress,
): Promise<void> {
  const total = plan.nodeWrites.length + plan.relCreates.length + plan.relUpdates.length;
  let done = 0;
  const eids: ElementIds = new Map();
  const run = async (file: string, rows: readonly unknown[], params = {}) => {
    for (const batch of batches(rows, batchSize)) {
      await eachRecord(tx, cypherFile(file), { ...params, rows: batch }, (r) => {
        if (r.has('eid')) eids.set(r.get('id') as string, r.get('eid') as string);
      });
      done += batch.length;
      progress?.(done, total);
    }
  };
  for (const [key, rows] of groupBy(plan.nodeWrites, (r) => `${r.label}\0${r.created ?? false}`)) {
    const [label, created] = key.split('\0');
    const file = created === 'true' ? 'seed/create-nodes.cypher' : 'seed/merge-nodes.cypher';
    await run(file, rows, { label });
  }
  await readElementIds(tx, plan, eids, batchSize);
  for (const [type, rows] of groupBy(plan.relCreates, (r) => r.type))
    await run(
      'seed/create-relationships.cypher',
      rows.map((r) => ({ props: r.props, from: eids.get(r.from), to: eids.get(r.to) })),
      { type },
    );
  for (const rows of groupBy(plan.relUpdates, (r) => r.type).values())
    await run('seed/update-relationships.cypher', rows);
}

/** Element ids of the nodes new relationships touch that this plan did not write. */
async function readElementIds(tx: Transaction, plan: Plan, eids: ElementIds, batchSize: number) {
  const ids = new Set<string>();
  for (const r of plan.relCreates) ids.add(r.from).add(r.to);
  const unknown = [...ids].filter((id) => !eids.has(id));
  for (const batch of batches(unknown, batchSize)) {
    await eachRecord(tx, cypherFile('seed/node-element-ids.cypher'), { ids: batch }, (r) =>
      eids.set(r.get('id') as string, r.get('eid') as string),
    );
  }
  const missing = unknown.filter((id) => !eids.has(id));
  if (missing.length)
    throw new Error(`relationship ends not in the graph: ${missing.slice(0, 5).join(', ')}`);
}
