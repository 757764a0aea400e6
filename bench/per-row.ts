import type { NodeWrite, RelCreate } from '../src/seed/plan/plan.js';
import type { BenchDb } from './bench-db.js';
import { benchCypher } from './cypher.js';

/** Rows written one MERGE statement at a time, in one transaction: the naive baseline. */
export async function perRowWrite(
  db: BenchDb,
  rows: { nodes: readonly NodeWrite[]; rels: readonly RelCreate[] },
  progress?: (done: number, total: number) => void,
): Promise<number> {
  const session = db.driver.session({ database: db.connection.database });
  const tx = session.beginTransaction({ metadata: { app: 'policy-graph bench per-row' } });
  const total = rows.nodes.length + rows.rels.length;
  let done = 0;
  const began = performance.now();
  try {
    for (const n of rows.nodes) {
      await tx.run(benchCypher('naive-merge-node'), { id: n.id, label: n.label, props: n.props });
      if (++done % 250 === 0) progress?.(done, total);
    }
    for (const r of rows.rels) {
      await tx.run(benchCypher('naive-merge-relationship'), {
        from: r.from,
        to: r.to,
        type: r.type,
        props: r.props,
      });
      if (++done % 250 === 0) progress?.(done, total);
    }
    await tx.commit();
    progress?.(total, total);
    return performance.now() - began;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback();
    throw error;
  } finally {
    await session.close();
  }
}
