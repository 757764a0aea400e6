import type { Question } from './api/questions.js';
import type { BenchDb } from './bench-db.js';
import type { LoadLevel } from './load.js';

/** What Neo4j alone answers: the load mix as hand-written Cypher through the driver, n callers. */
export type CypherCeiling = Pick<
  LoadLevel,
  'connections' | 'durationSec' | 'requests' | 'reqPerSec' | 'p50' | 'p99'
>;

/**
 * `connections` callers each ask the mix's Cypher in turn for `durationSec`: the throughput the
 * server's computed answers are bounded by on this machine (no HTTP, no GraphQL, no translation).
 */
export async function cypherCeiling(
  db: BenchDb,
  qs: readonly Question[],
  connections: number,
  durationSec: number,
): Promise<CypherCeiling> {
  const ms: number[] = [];
  const until = performance.now() + durationSec * 1000;
  const caller = async (offset: number) => {
    for (let k = offset; performance.now() < until; k++) {
      const q = qs[k % qs.length]!;
      const t = performance.now();
      await db.driver.executeQuery(q.cypher, q.params, {
        database: db.connection.database,
        routing: 'READ',
      });
      ms.push(performance.now() - t);
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: connections }, (_, i) => caller(i)));
  const seconds = (performance.now() - began) / 1000;
  ms.sort((a, b) => a - b);
  const at = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!);
  return {
    connections,
    durationSec,
    requests: ms.length,
    reqPerSec: Math.round((ms.length / seconds) * 10) / 10,
    p50: at(0.5),
    p99: at(0.99),
  };
}
