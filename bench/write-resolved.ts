import { cypherFile } from '../src/neo4j/cypher-file.js';
import { planLoad } from '../src/seed/plan/plan-load.js';
import type { Plan } from '../src/seed/plan/plan.js';
import type { ResolvedLoad } from '../src/seed/resolve/resolved-load.js';
import { writePlan, type Progress } from '../src/seed/write/write-plan.js';
import type { BenchDb } from './bench-db.js';
import { createOnlyPlan } from './create-plan.js';

export interface WriteTimes {
  planMs: number;
  writeMs: number;
  commitMs: number;
  nodes: number;
  relationships: number;
}

/**
 * The loader's write half on already-resolved rows, as `loadSeeds` does it: one transaction,
 * the seed lock, planLoad (diff against the graph), writePlan (batched UNWIND), commit.
 */
export async function writeResolved(
  db: BenchDb,
  load: ResolvedLoad,
  batchSize: number,
  progress?: Progress,
  /** Skip planLoad's read pass: every row is new (bulk load into an empty graph). */
  createOnly = false,
): Promise<WriteTimes> {
  const session = db.driver.session({ database: db.connection.database });
  const tx = session.beginTransaction({ metadata: { app: 'policy-graph bench' } });
  try {
    await tx.run(cypherFile('seed/lock.cypher'));
    let t = performance.now();
    const plan: Plan = createOnly ? createOnlyPlan(load) : await planLoad(tx, load, batchSize);
    const planMs = performance.now() - t;
    t = performance.now();
    await writePlan(tx, plan, batchSize, progress);
    const writeMs = performance.now() - t;
    t = performance.now();
    await tx.commit();
    return {
      planMs,
      writeMs,
      commitMs: performance.now() - t,
      nodes: plan.nodeWrites.length,
      relationships: plan.relCreates.length + plan.relUpdates.length,
    };
  } catch (error) {
    if (tx.isOpen()) await tx.rollback();
    throw error;
  } finally {
    await session.close();
  }
}

/** What planLoad plans for these rows on the (empty) bench graph, read-only. */
export async function planOnEmptyGraph(db: BenchDb, load: ResolvedLoad): Promise<Plan> {
  const session = db.driver.session({
    database: db.connection.database,
    defaultAccessMode: 'READ',
  });
  try {
    return await session.executeRead((tx) => planLoad(tx, load, 10_000));
  } finally {
    await session.close();
  }
}
