/**
 * The dashboard's weighted views (weightedNetwork: meetings, projects, roles): GraphQL time of each
 * in process (p50/p95), then the page in Chromium (ms to the first frame and to the end of the
 * layout, as the page reports them) and 5,000 synthetic nodes drawn.
 * Database: the bench-cordis Neo4j (port 7698, as bench/cordis/import-bench.ts; it must already
 * hold the seed, the meetings register and the CORDIS import), or with NEO4J_URI that server (as
 * bench/api/researcher-bench.ts: the seed and the register are loaded when it has no meetings).
 * Run: npx tsx bench/dashboard/views-bench.ts [--smoke]
 *   → bench/results/dashboard-views-<date>.{json,md}
 * (--smoke: 1 warm-up, 3 rounds, 1 page round, results to BENCH_RESULTS_DIR or a temporary folder).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../src/import/ec-meetings/files.js';
import { importMeetings } from '../../src/import/ec-meetings/import.js';
import { isLauncherAlive, readRunFile } from '../../src/neo4j/local/run-file.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { resolveConnection } from '../../src/neo4j/resolve-connection.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { openBenchDb, stopBenchDb, type BenchDbOptions } from '../bench-db.js';
import { benchGraphql, findEntity, VIEWS, type Entity, type ViewSpec } from './views-graphql.js';
import { benchPage, type PageView } from './views-browser.js';
import { markdown, type ViewsResult } from './views-report.js';

const smoke = process.argv.includes('--smoke');
const WARMUP = smoke ? 1 : 10;
const ROUNDS = smoke ? 3 : 30;
const PAGE_ROUNDS = smoke ? 1 : 3;
// 120 s per view; 30 s in the smoke pass (a small graph), which must end within 2 minutes. A page
// that does not declare lastTimings at all stops the URL views at the first one.
const PAGE_TIMEOUT_MS = smoke ? 30_000 : 120_000;
const SYNTHETIC = 5000;
const BENCH_CORDIS: BenchDbOptions = {
  name: 'bench-cordis',
  port: 7698,
  heap: '4g',
  pageCache: '2g',
};

const loadAtStart = Math.round(loadavg()[0]! * 100) / 100;
const config = loadConfig();
let driver: Driver;
let database: string;
let close: () => Promise<void>;
if (config.neo4j.uri) {
  const connection = await resolveConnection(config, () => {});
  driver = createDriver(connection);
  database = connection.database;
  close = () => driver.close();
} else {
  // A bench-cordis server running before is left running; one started here is stopped.
  const run = readRunFile(fromRoot('.neo4j', BENCH_CORDIS.name));
  const wasRunning = run !== undefined && isLauncherAlive(run.pid);
  const db = await openBenchDb(config, BENCH_CORDIS, console.log);
  driver = db.driver;
  database = db.connection.database;
  close = () => (wasRunning ? driver.close() : stopBenchDb(db));
}

async function count(cypher: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher, {}, { database, routing: 'READ' });
  return Number(records[0]?.get('n'));
}

try {
  if (
    config.neo4j.uri &&
    (await count("MATCH (e:Event {kind: 'MEETING'}) RETURN count(e) AS n")) <= 1000
  ) {
    console.log('no meetings in the graph: loading the seed and the register…');
    await loadFoundingGraph(driver, database);
    await importMeetings(driver, database, EC_MEETINGS_FILES, { judgementsPath: JUDGEMENTS_FILE });
  }
  const counts: Record<string, number> = {};
  for (const label of ['Organisation', 'Person', 'Project', 'Event'])
    counts[label] = await count(`MATCH (n:${label}) RETURN count(n) AS n`);
  console.log(`database ${database}: ${JSON.stringify(counts)}`);
  if (counts.Project === 0)
    console.log('no CORDIS data (0 projects): the PROJECTS views are skipped');

  const entities = new Map<ViewSpec, Entity | undefined>();
  for (const spec of VIEWS) entities.set(spec, await findEntity(driver, database, spec));
  const rows = await benchGraphql(driver, database, entities, {
    warmup: WARMUP,
    rounds: ROUNDS,
    log: console.log,
  });

  // The same views on the page, meetings at depth 1, plus the VHT links view.
  const pageViews: PageView[] = [];
  const seen = new Set<string>();
  for (const spec of VIEWS) {
    const entity = entities.get(spec);
    const depth = spec.by === 'MEETINGS' ? 1 : spec.depth;
    const title = spec.title.replace(/, depth \d$/, '') + (depth > 1 ? `, depth ${depth}` : '');
    if (!entity || seen.has(title)) continue;
    seen.add(title);
    pageViews.push({
      title,
      focus: entity.id,
      view: spec.by.toLowerCase() as PageView['view'],
      depth,
    });
  }
  const vht = await findEntity(driver, database, {
    find: 'MATCH (e:Initiative {id: $id}) RETURN e.id AS id, e.name AS name, null AS n',
    params: { id: 'initiative:vht' },
  });
  if (vht) pageViews.push({ title: 'VHT links, depth 2', focus: vht.id, view: 'links', depth: 2 });
  const page = await benchPage(driver, database, pageViews, {
    rounds: PAGE_ROUNDS,
    timeoutMs: PAGE_TIMEOUT_MS,
    synthetic: SYNTHETIC,
    log: console.log,
  });

  const result: ViewsResult = {
    date: new Date().toISOString(),
    smoke,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAtStart,
    },
    database: config.neo4j.uri ? `${config.neo4j.uri} (${database})` : `bench-cordis (${database})`,
    counts,
    graphql: { warmup: WARMUP, rounds: ROUNDS, rows },
    page: { ...page, rounds: PAGE_ROUNDS, timeoutMs: PAGE_TIMEOUT_MS },
  };
  const day = result.date.slice(0, 10);
  const dir = smoke ? (process.env.BENCH_RESULTS_DIR ?? tmpdir()) : fromRoot('bench', 'results');
  const base = join(dir, `dashboard-views-${day}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown(result));
  console.log(`results: ${base}.{json,md}`);
} finally {
  await close();
}
