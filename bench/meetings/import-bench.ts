/**
 * Benchmarks of the EC meetings import (issue 12), on the configured database (your dev Neo4j:
 * it is emptied and reloaded): import of the two files, a re-import that changes nothing, an
 * import of a 10× file (generated: the real rows repeated with dates shifted by 400-year steps,
 * so every day stays a real calendar day), and the researcher questions (p50/p95 of their Cypher).
 * Run: npx tsx bench/meetings/import-bench.ts  → bench/results/ec-meetings-<date>.{json,md}
 */
import { createReadStream, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { loadConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../src/import/ec-meetings/files.js';
import { importMeetings } from '../../src/import/ec-meetings/import.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { resolveConnection } from '../../src/neo4j/resolve-connection.js';
import { clearGraph } from '../../harness/database.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { mb, measured } from '../rss.js';
import { QUESTIONS } from './questions.js';

const connection = await resolveConnection(loadConfig(), () => {});
const driver = createDriver(connection);
const db = connection.database;
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

async function timedImport(label: string, files: string[]) {
  const { value, ms, peakRss } = await measured(() =>
    importMeetings(driver, db, files, { judgementsPath: JUDGEMENTS_FILE }),
  );
  const row = {
    rows: value.rowsValid,
    wallS: Math.round(ms / 100) / 10,
    rowsPerS: Math.round(value.rowsValid / (ms / 1000)),
    peakRssMb: mb(peakRss),
    meetings: value.meetings,
    counts: value.counts,
  };
  results[label] = row;
  console.log(label, JSON.stringify(row));
}

async function generate10x(): Promise<string[]> {
  const dir = fromRoot('bench', 'data', 'ec-meetings-10x');
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const src of EC_MEETINGS_FILES) {
    const path = `${dir}/${src.split('/').pop()}`;
    const stream = createWriteStream(path);
    for (let k = 0; k < 10; k++) {
      for await (const line of createInterface({ input: createReadStream(src) })) {
        if (!line.trim()) continue;
        const shifted = line.replace(
          /"Date": "(\d\d\/\d\d)\/(\d{4})"/,
          (_m, dm: string, y: string) => `"Date": "${dm}/${Number(y) + 400 * k}"`,
        );
        if (!stream.write(`${shifted}\n`)) await once(stream, 'drain');
      }
    }
    stream.end();
    await once(stream, 'finish');
    out.push(path);
  }
  return out;
}

async function questions() {
  const rows = [];
  for (const q of QUESTIONS) {
    const times: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t = performance.now();
      await driver.executeQuery(q.cypher, q.params, { database: db, routing: 'READ' });
      if (i >= 5) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p = (x: number) => Math.round(times[Math.floor(x * (times.length - 1))]! * 10) / 10;
    rows.push({ question: q.title, p50ms: p(0.5), p95ms: p(0.95) });
  }
  results.questions = rows;
  console.log(JSON.stringify(rows, null, 1));
}

try {
  await loadFoundingGraph(driver, db);
  await timedImport('import', EC_MEETINGS_FILES);
  await timedImport('reimportUnchanged', EC_MEETINGS_FILES);
  await questions();
  await clearGraph(driver, db);
  await loadFoundingGraph(driver, db);
  await timedImport('import10x', await generate10x());
  await loadFoundingGraph(driver, db);
  await importMeetings(driver, db, EC_MEETINGS_FILES, { judgementsPath: JUDGEMENTS_FILE });
} finally {
  await driver.close();
}
const day = new Date().toISOString().slice(0, 10);
writeFileSync(
  fromRoot('bench', 'results', `ec-meetings-${day}.json`),
  `${JSON.stringify(results, null, 2)}\n`,
);
