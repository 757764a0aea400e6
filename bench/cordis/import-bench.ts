/**
 * The CORDIS import at volume, on a Neo4j of its own (bench-cordis, port 7698; NEO4J_URI → that
 * server, which must be a throw-away one): the full release (wall time, projects/s,
 * participations/s, peak RSS of this process), an unchanged re-import (skipped by its hash, and
 * forced: read, resolve and compare, writing nothing), a later release (an edited copy: what it
 * writes), then the researcher questions through GraphQL (p50/p95) next to hand-written Cypher.
 * Run: node --max-old-space-size=700 --import tsx bench/cordis/import-bench.ts <release.zip>
 *   → bench/results/cordis-import-<date>.{json,md}
 * `--smoke`: the shipped Health subset (data/cordis/), 3 rounds, results to BENCH_RESULTS_DIR.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { CORDIS_JUDGEMENTS, CORDIS_SUBSET } from '../../src/import/cordis/files.js';
import { cordisAdapter } from '../../src/import/cordis/adapter.js';
import { importCordis, type CordisReport } from '../../src/import/cordis/import.js';
import { allImported } from '../../src/import/pipeline/dataset-state.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../src/import/ec-meetings/files.js';
import { importMeetings } from '../../src/import/ec-meetings/import.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { openBenchDb, stopBenchDb } from '../bench-db.js';
import { rssSampler, mb } from '../rss.js';
import { summarize } from '../stats.js';
import { startInProcessApi } from '../api/in-process-api.js';
import { CORDIS_QUESTIONS } from './cordis-questions.js';
import { laterRelease } from './later-release.js';

const smoke = process.argv.includes('--smoke');
const release = smoke ? CORDIS_SUBSET : process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!release) {
  console.error('usage: bench/cordis/import-bench.ts <release.zip> | --smoke');
  process.exit(2);
}
const ROUNDS = smoke ? 3 : 30;
const options = { judgementsPath: CORDIS_JUDGEMENTS };
const db = await openBenchDb(
  loadConfig(),
  { name: 'bench-cordis', port: 7698, heap: '4g', pageCache: '2g' },
  console.log,
);
const { driver } = db;
const database = db.connection.database;
const secs = (ms: number) => Math.round(ms / 100) / 10;
const written = (r: CordisReport) => r.counts;

try {
  console.log('seed and meetings register…');
  await loadFoundingGraph(driver, database);
  await importMeetings(driver, database, EC_MEETINGS_FILES, { judgementsPath: JUDGEMENTS_FILE });

  const rss = rssSampler();
  const full = await importCordis(driver, database, [release], options);
  const peakRss = rss.stop();
  console.log(`full: ${secs(full.elapsedMs)} s, peak RSS ${mb(peakRss)} MB`);

  let t = performance.now();
  const doc = { id: cordisAdapter().document(release).id, path: release };
  const skipped = await allImported(driver, database, [doc], options.judgementsPath);
  const skipMs = performance.now() - t;
  const forced = await importCordis(driver, database, [release], options);

  const later = await laterRelease(release, '2026-01-20');
  const update = await importCordis(driver, database, [later.path], options);

  const api = await startInProcessApi(driver, database);
  const { records } = await driver.executeQuery(
    `MATCH (o:Organisation)-[:PARTICIPATES_IN]->(p:Project) RETURN o.id AS id, count(p) AS n ORDER BY n DESC LIMIT 1`,
    {},
    { database },
  );
  const org = records[0]!.get('id') as string;
  const questions = [];
  for (const q of CORDIS_QUESTIONS) {
    const g: number[] = [];
    const c: number[] = [];
    for (let i = 0; i < ROUNDS + 2; i++) {
      t = performance.now();
      await api.run(q.graphql(org));
      const gMs = performance.now() - t;
      t = performance.now();
      await driver.executeQuery(q.cypher, { org }, { database, routing: 'READ' });
      if (i < 2) continue; // warm-up
      g.push(gMs);
      c.push(performance.now() - t);
    }
    const [gs, cs] = [summarize(g), summarize(c)];
    questions.push({
      question: q.title,
      graphql: { p50: gs.p50, p95: gs.p95 },
      cypher: { p50: cs.p50, p95: cs.p95 },
    });
    console.log(`${q.title}: GraphQL p50 ${gs.p50} / p95 ${gs.p95} ms; Cypher p50 ${cs.p50} ms`);
  }
  await api.stop();

  const result = {
    release: release.split('/').pop(),
    full: {
      seconds: secs(full.elapsedMs),
      projects: full.recordsValid,
      participations: full.participations,
      organisations: full.organisations,
      projectsPerS: Math.round(full.recordsValid / (full.elapsedMs / 1000)),
      participationsPerS: Math.round(full.participations / (full.elapsedMs / 1000)),
      peakRssMb: mb(peakRss),
      written: written(full),
      suggestions: full.suggestions.length,
    },
    unchanged: {
      skippedByHash: skipped,
      checkSeconds: secs(skipMs),
      forcedSeconds: secs(forced.elapsedMs),
      forcedWritten: written(forced),
    },
    later: {
      edits: later.edits,
      seconds: secs(update.elapsedMs),
      written: written(update),
      projects: update.projects,
    },
    questionsMs: questions,
    questionsFor: org,
  };
  const day = new Date().toISOString().slice(0, 10);
  const dir = smoke ? (process.env.BENCH_RESULTS_DIR ?? tmpdir()) : fromRoot('bench', 'results');
  writeFileSync(join(dir, `cordis-import-${day}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(
    join(dir, `cordis-import-${day}.md`),
    `# CORDIS import, ${day}\n\n\`\`\`json\n${JSON.stringify(result, null, 2)}\n\`\`\`\n`,
  );
  console.log(JSON.stringify(result, null, 2));
  if (!skipped || written(forced).propertiesSet !== 0)
    throw new Error('an unchanged re-import wrote');
} finally {
  await stopBenchDb(db);
}
