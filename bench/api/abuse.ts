import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { resolveConnection } from '../../src/neo4j/resolve-connection.js';
import { healthLatencyDuring, postRaw } from '../../harness/health-probe.js';
import {
  FULL_INTROSPECTION,
  schemaAliases,
  speakerChain,
  WORST_WITHIN_LIMITS,
} from '../../harness/abusive-queries.js';
import { ensureLoaded } from '../ensure-loaded.js';
import { createReporter } from '../progress.js';
import { startServeProcess, type ServeProcess } from '../../harness/serve-process.js';

/*
 * The worst requests that pass the API limits (issue 13): for each, one request's time, answer
 * size and the server's RSS growth, then /health latency while 4 of them run at once. The server
 * is `policy-graph serve` in its own process (development mode, so introspection is on), on the
 * database of NEO4J_URI or the local dev Neo4j, with whatever graph it holds.
 *
 *   npx tsx bench/api/abuse.ts [--nodes 10000]
 *     → table on stdout, JSON in bench/results/abuse-<date>.json. With --nodes, the generated bench
 *       set of that size (seed 1) is loaded first, REPLACING the graph of that database: point
 *       NEO4J_HOME/NEO4J_BOLT_PORT (or NEO4J_URI) at a throw-away one.
 */

interface Row {
  readonly request: string;
  readonly status: number;
  readonly ms: number;
  readonly bytes: number;
  readonly rssGrowthMb: number;
  readonly health4: { p50: number; p90: number; max: number; probes: number };
}

const REQUESTS: Record<string, string> = {
  'full introspection (GraphiQL)': FULL_INTROSPECTION,
  ...WORST_WITHIN_LIMITS,
  // Refused before execution: what the abuse of issue 13 costs now.
  'refused: 15 × __schema': schemaAliases(15),
  'refused: speakers→spokeAt chain': speakerChain(15, 8, 500),
};

async function measure(serve: ServeProcess, name: string, query: string): Promise<Row> {
  await postRaw(serve.url, query); // warm: plan caches, the introspection worker
  const rssBefore = serve.rssMb();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, serve.rssMb())), 25);
  const started = performance.now();
  const one = await postRaw(serve.url, query);
  const ms = performance.now() - started;
  // 4 clients, each sending the request 5 times in a row: /health is probed all along.
  const { latencies } = await healthLatencyDuring(serve.url, () =>
    Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let i = 0; i < 5; i++) await postRaw(serve.url, query);
      }),
    ),
  );
  clearInterval(sampler);
  const at = (q: number) => Math.round(latencies[Math.floor(latencies.length * q)] ?? NaN);
  return {
    request: name,
    status: one.status,
    ms: Math.round(ms),
    bytes: one.bytes,
    rssGrowthMb: Math.round((rssPeak - rssBefore) * 10) / 10,
    health4: { p50: at(0.5), p90: at(0.1), max: at(0), probes: latencies.length },
  };
}

const config = loadConfig();
const say = (line: string): void => void process.stderr.write(`${line}\n`);
const connection = await resolveConnection(config, say);
const nodesArg = process.argv.indexOf('--nodes');
const nodes = nodesArg > 0 ? Number(process.argv[nodesArg + 1]) : undefined;
if (nodes) {
  const driver = createDriver(connection);
  try {
    await ensureLoaded({ driver, connection, local: undefined }, nodes, 1, createReporter());
  } finally {
    await driver.close();
  }
}
const serve = await startServeProcess({ connection }, { NODE_ENV: 'development' });
const rows: Row[] = [];
let idleMax = NaN;
say(`graph: ${nodes ? `generated, ${nodes} entities` : 'as loaded'} on ${connection.uri}`);
try {
  const idle = await healthLatencyDuring(serve.url, () => new Promise((r) => setTimeout(r, 1000)));
  idleMax = Math.round(idle.latencies[0] ?? NaN);
  for (const [name, query] of Object.entries(REQUESTS)) {
    rows.push(await measure(serve, name, query));
    process.stderr.write(`${name}: done\n`);
  }
} finally {
  await serve.stop();
}

// The machine's load says how much of the latency is the scheduler's (a 2-core box, shared).
const load = loadavg().map((l) => l.toFixed(1));
const lines = [
  `/health with no other request: max ${idleMax} ms; load average ${load.join(' / ')}`,
  '',
  '| request | status | ms | bytes | RSS growth MB | /health while 4 run: p50 / p90 / max ms (probes) |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.request} | ${r.status} | ${r.ms} | ${r.bytes} | ${r.rssGrowthMb} | ${r.health4.p50} / ${r.health4.p90} / ${r.health4.max} (${r.health4.probes}) |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync(fromRoot('bench', 'results'), { recursive: true });
const file = fromRoot('bench', 'results', `abuse-${new Date().toISOString().slice(0, 10)}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ at: new Date().toISOString(), idleHealthMaxMs: idleMax, load, rows }, null, 2)}\n`,
);
process.stderr.write(`written ${file}\n`);
