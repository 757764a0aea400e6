import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';
import { pickAnchors, questions, type Anchors, type Question } from './api/questions.js';
import { startServeProcess, type ServeProcess } from '../harness/serve-process.js';
import type { BenchDb } from './bench-db.js';
import { cypherCeiling, type CypherCeiling } from './cypher-ceiling.js';
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
  /** Live heap of the server after a full GC, once the level is over. */
  readonly heapAfterGcMb: number;
  /** Answers the server said came from its response cache (x-graph-cache: hit), and misses. */
  readonly hits: number;
  readonly misses: number;
}

export interface LoadResult {
  readonly anchors: Anchors;
  readonly mix: string[];
  readonly levels: LoadLevel[];
  readonly rssStartMb: number;
  readonly rssEndMb: number;
  /** Live heap after a full GC once warm (before the levels), then after each soak round. */
  readonly heapWarmMb?: number;
  /** Repeated rounds at one level after the levels: live heap must not climb round after round. */
  readonly soak?: { connections: number; durationSec: number; heapAfterGcMb: number[] };
  /**
   * The same mix at SOAK_CONNECTIONS against a server with the response cache on (the levels above
   * run with RESPONSE_CACHE_MB=0): repeated questions, answered from the cache after the first.
   */
  readonly cached?: LoadLevel & { hitShare: number };
  /** Neo4j alone: the mix's hand-written Cypher through the driver at SOAK_CONNECTIONS callers. */
  readonly cypherCeiling?: CypherCeiling;
}

/**
 * Live-heap change over the soak rounds (last − first, MB). The first round starts after every
 * level has run, so caches (documents, plans, pool) are already full: a leak shows as a climb on
 * every round, beyond 2% of the heap.
 */
export function heapGrowth(r: LoadResult): { mb: number; grows: boolean } | undefined {
  const rounds = r.soak?.heapAfterGcMb ?? [];
  if (rounds.length < 2) return undefined;
  const mb = Math.round((rounds[rounds.length - 1]! - rounds[0]!) * 10) / 10;
  const climbs = rounds.every((v, i) => i === 0 || v > rounds[i - 1]!);
  return { mb, grows: climbs && mb > rounds[0]! * 0.02 };
}

/** autocannon against `policy-graph serve` on loopback: the mixed question set, level by level. */
export async function benchLoad(
  db: BenchDb,
  opts: { connections: number[]; durationSec: number; soakRounds: number },
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
  const uncached = await measureLevels(db, qs, opts, progress);
  const cached = await measureCached(db, qs, opts.durationSec, progress);
  const ceiling = await cypherCeiling(db, qs, SOAK_CONNECTIONS, opts.durationSec);
  return { anchors, ...uncached, cached, cypherCeiling: ceiling };
}

/** The levels and soak rounds against a server without the response cache (every answer computed). */
async function measureLevels(
  db: BenchDb,
  qs: Question[],
  opts: { connections: number[]; durationSec: number; soakRounds: number },
  progress: Reporter,
): Promise<Omit<LoadResult, 'anchors' | 'cached'>> {
  const server = await startServeProcess(db, { RESPONSE_CACHE_MB: '0' });
  try {
    // Warm up (JIT, connection pool, plan caches) before taking the baseline heap.
    await runLevel(server, qs, 4, Math.min(10, opts.durationSec), progress);
    const heapWarmMb = (await server.heapAfterGc()).heapUsedMb;
    const rssStartMb = server.rssMb();
    const levels: LoadLevel[] = [];
    for (const connections of opts.connections)
      levels.push(await runLevel(server, qs, connections, opts.durationSec, progress));
    const soak = {
      connections: SOAK_CONNECTIONS,
      durationSec: opts.durationSec,
      heapAfterGcMb: [] as number[],
    };
    for (let round = 0; round < opts.soakRounds; round++) {
      const level = await runLevel(server, qs, SOAK_CONNECTIONS, opts.durationSec, progress);
      soak.heapAfterGcMb.push(level.heapAfterGcMb);
    }
    const mix = qs.map((q) => q.name);
    return { mix, levels, rssStartMb, rssEndMb: server.rssMb(), heapWarmMb, soak };
  } finally {
    await server.stop();
  }
}

/** Repeated questions with the response cache on (the default), after one warm-up round. */
async function measureCached(
  db: BenchDb,
  qs: Question[],
  durationSec: number,
  progress: Reporter,
): Promise<LoadResult['cached']> {
  const server = await startServeProcess(db);
  try {
    await runLevel(server, qs, 4, Math.min(5, durationSec), progress);
    const level = await runLevel(server, qs, SOAK_CONNECTIONS, durationSec, progress);
    return { ...level, hitShare: level.hits / Math.max(1, level.hits + level.misses) };
  } finally {
    await server.stop();
  }
}

const SOAK_CONNECTIONS = 8;

async function runLevel(
  server: ServeProcess,
  qs: Question[],
  connections: number,
  durationSec: number,
  progress: Reporter,
): Promise<LoadLevel> {
  const tick = progress.bar(`load: ${connections} connection(s), ${durationSec} s`);
  const rssBeforeMb = server.rssMb();
  let graphqlErrors = 0;
  let hits = 0;
  let misses = 0;
  const started = Date.now();
  const timer = setInterval(
    () => tick(Math.min(durationSec, Math.round((Date.now() - started) / 1000)), durationSec),
    1000,
  );
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections,
    duration: durationSec,
    timeout: 30,
    requests: qs.map((q) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.graphql, variables: q.variables }),
      onResponse: (
        status: number,
        body: string,
        _context: object,
        headers?: IncomingHttpHeaders,
      ) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        const cache = headers?.['x-graph-cache'];
        if (cache === 'hit') hits++;
        else if (cache === 'miss') misses++;
      },
    })),
  });
  clearInterval(timer);
  tick(durationSec, durationSec);
  const rssAfterMb = server.rssMb();
  return {
    connections,
    durationSec,
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
    rssAfterMb,
    heapAfterGcMb: (await server.heapAfterGc()).heapUsedMb,
    hits,
    misses,
  };
}
