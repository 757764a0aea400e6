import type { BenchDb } from '../bench-db.js';
import type { Reporter } from '../progress.js';
import { summarize, type Summary } from '../stats.js';
import { pickAnchors, type Anchors } from './questions.js';
import { startApi } from './server.js';

/** Above this p50 a custom query is flagged in the report (a pathological plan, not noise). */
export const CUSTOM_P50_LIMIT_MS = 500;

export interface CustomQueriesResult {
  readonly rounds: number;
  readonly warmup: number;
  readonly queries: { name: string; ms: Summary }[];
}

/** Every custom (@cypher) root field of graphql/network.graphql, plus `sources` on a list. */
function customQueries(a: Anchors): Record<string, string> {
  return {
    search: `{ search(text: ${JSON.stringify(a.term)}, limit: 10) { id score } }`,
    egoNetwork: `{ egoNetwork(id: "${a.person}", depth: 2) { nodes { id } edges { type } } }`,
    egoNetworkAsOf: `{ egoNetwork(id: "${a.typicalInitiative}", depth: 3, asOf: "2025-10-21") { nodes { id } edges { type } } }`,
    connections: `{ connections(from: "${a.person}", to: "${a.other}", maxHops: 6) { nodes { id } edges { type } } }`,
    commonConnections: `{ commonConnections(a: "${a.person}", b: "${a.other}") { id } }`,
    central: '{ central(limit: 10) { id score } }',
    centralScoped: `{ central(scope: "${a.typicalInitiative}", limit: 10) { id score } }`,
    sources: '{ people { id sources { id } } }',
  };
}

/**
 * p50/p95 of each custom query through Apollo's executeOperation (no HTTP), one query after the
 * other, `warmup` discarded rounds first. (Was a timed test on the 92-node curated graph.)
 */
export async function benchCustomQueries(
  db: BenchDb,
  opts: { rounds: number; warmup: number },
  progress: Reporter,
): Promise<CustomQueriesResult> {
  const api = await startApi(db);
  try {
    const anchors = await pickAnchors(async (cypher) => {
      const { records } = await db.driver.executeQuery(
        cypher,
        {},
        { database: db.connection.database },
      );
      return records.map((r) => r.toObject());
    });
    const entries = Object.entries(customQueries(anchors));
    const tick = progress.bar(`queries: ${entries.length} custom queries`);
    const queries = [];
    for (const [i, [name, query]] of entries.entries()) {
      const times: number[] = [];
      for (let round = 0; round < opts.warmup + opts.rounds; round++) {
        const began = performance.now();
        const result = await api.apollo.executeOperation(
          { query },
          { contextValue: await api.context() },
        );
        const ms = performance.now() - began;
        if (result.body.kind !== 'single' || result.body.singleResult.errors?.length) {
          throw new Error(`${name}: ${JSON.stringify(result.body)}`.slice(0, 500));
        }
        if (round >= opts.warmup) times.push(ms);
      }
      queries.push({ name, ms: summarize(times) });
      tick(i + 1, entries.length);
    }
    return { rounds: opts.rounds, warmup: opts.warmup, queries };
  } finally {
    await api.stop();
  }
}
