import autocannon from 'autocannon';
import { pickAnchors, questions, type Anchors } from './api/questions.js';
import { startServeProcess } from './api/serve-process.js';
import type { BenchDb } from './bench-db.js';
import type { Reporter } from './progress.js';

export interface LoadLevel {
  readonly connections: number;
  readonly durationSec: number;
  readonly requests: number;
  readonly reqPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Socket errors and timeouts, non-2xx answers, and 200 answers carrying GraphQL errors. */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly graphqlErrors: number;
  readonly rssBeforeMb: number;
  readonly rssAfterMb: number;
}

export interface LoadResult {
  readonly anchors: Anchors;
  readonly mix: string[];
  readonly levels: LoadLevel[];
  readonly rssStartMb: number;
  readonly rssEndMb: number;
}

/** autocannon against `policy-graph serve` on loopback: the mixed question set, level by level. */
export async function benchLoad(
  db: BenchDb,
  opts: { connections: number[]; durationSec: number },
  progress: Reporter,
): Promise<LoadResult> {
  const anchors = await pickAnchors(async (cypher) => {
    const { records } = await db.driver.executeQuery(
      cypher,
      {},
      { database: db.connection.database },
    );
    return records.map((r) => r.toObject());
  });
  const qs = questions(anchors);
  const server = await startServeProcess(db);
  try {
    const rssStartMb = server.rssMb();
    const levels: LoadLevel[] = [];
    for (const connections of opts.connections) {
      const tick = progress.bar(`load: ${connections} connection(s), ${opts.durationSec} s`);
      const rssBeforeMb = server.rssMb();
      let graphqlErrors = 0;
      const started = Date.now();
      const timer = setInterval(
        () =>
          tick(
            Math.min(opts.durationSec, Math.round((Date.now() - started) / 1000)),
            opts.durationSec,
          ),
        1000,
      );
      const result = await autocannon({
        url: `${server.url}/graphql`,
        connections,
        duration: opts.durationSec,
        timeout: 30,
        requests: qs.map((q) => ({
          method: 'POST' as const,
          path: '/graphql',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: q.graphql, variables: q.variables }),
          onResponse: (status: number, body: string) => {
            if (status === 200 && body.includes('"errors"')) graphqlErrors++;
          },
        })),
      });
      clearInterval(timer);
      tick(opts.durationSec, opts.durationSec);
      levels.push({
        connections,
        durationSec: opts.durationSec,
        requests: result.requests.total,
        reqPerSec: Math.round(result.requests.average * 10) / 10,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
        errors: result.errors + result.non2xx + graphqlErrors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphqlErrors,
        rssBeforeMb,
        rssAfterMb: server.rssMb(),
      });
    }
    return { anchors, mix: qs.map((q) => q.name), levels, rssStartMb, rssEndMb: server.rssMb() };
  } finally {
    await server.stop();
  }
}
