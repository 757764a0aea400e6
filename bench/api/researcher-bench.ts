/**
 * Researcher questions (issue 18) on the curated seed plus the meetings register, in process
 * (Apollo's executeOperation, no HTTP), on the configured database: the cost estimate's own time
 * per request (p50, p99) next to the request's total, and GraphQL ÷ hand-written Cypher p50 for the
 * counts and rankings. When the graph holds no meetings it is emptied and loaded first (seed +
 * register), as bench/meetings/import-bench.ts does.
 * Run: npx tsx bench/api/researcher-bench.ts [--smoke] → bench/results/researcher-<date>.{json,md}
 * (--smoke: 3 rounds, results to BENCH_RESULTS_DIR or a temporary folder).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { loadConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { estimateCost } from '../../src/graphql/cost.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../src/import/ec-meetings/files.js';
import { importMeetings } from '../../src/import/ec-meetings/import.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { resolveConnection } from '../../src/neo4j/resolve-connection.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { summarize, type Summary } from '../stats.js';
import { RESEARCHER_QUESTIONS } from './researcher-questions.js';
import { startInProcessApi } from './in-process-api.js';

const smoke = process.argv.includes('--smoke');
const ROUNDS = smoke ? 3 : 60;
const WARMUP = smoke ? 1 : 10;

const connection = await resolveConnection(loadConfig(), () => {});
const driver = createDriver(connection);
const database = connection.database;

async function ensureGraph(): Promise<void> {
  const { records } = await driver.executeQuery(
    "MATCH (e:Event {kind: 'MEETING'}) RETURN count(e) AS n",
    {},
    { database },
  );
  if (Number(records[0]?.get('n')) > 1000) return;
  console.log('no meetings in the graph: loading the seed and the register…');
  await loadFoundingGraph(driver, database);
  await importMeetings(driver, database, EC_MEETINGS_FILES, { judgementsPath: JUDGEMENTS_FILE });
}

interface Row {
  question: string;
  estimated: number;
  costMs: Summary;
  graphqlMs: Summary;
  cypherMs?: Summary;
  ratioP50?: number;
}

try {
  await ensureGraph();
  const api = await startInProcessApi(driver, database);
  const { schema, shapes } = api;
  const rows: Row[] = [];
  for (const q of RESEARCHER_QUESTIONS) {
    const document = parse(q.graphql);
    const cost: number[] = [];
    const total: number[] = [];
    const cypher: number[] = [];
    let estimated = 0;
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      let t = performance.now();
      estimated = estimateCost(
        { schema, document, variables: {}, operationName: undefined },
        { shape: shapes.current() },
      ).estimated;
      const costMs = performance.now() - t;
      t = performance.now();
      await api.run(q.graphql).catch((error: Error) => {
        throw new Error(`${q.title}: ${error.message}`);
      });
      const totalMs = performance.now() - t;
      t = performance.now();
      if (q.cypher)
        await driver.executeQuery(q.cypher, q.params ?? {}, { database, routing: 'READ' });
      const cypherMs = performance.now() - t;
      if (i < WARMUP) continue;
      cost.push(costMs);
      total.push(totalMs);
      if (q.cypher) cypher.push(cypherMs);
    }
    const row: Row = {
      question: q.title,
      estimated,
      costMs: summarize(cost),
      graphqlMs: summarize(total),
    };
    if (cypher.length > 0) {
      row.cypherMs = summarize(cypher);
      row.ratioP50 = Math.round((row.graphqlMs.p50 / row.cypherMs.p50) * 100) / 100;
    }
    rows.push(row);
    console.log(
      `${q.title}: cost ${row.costMs.p50}/${row.costMs.p99} ms of ${row.graphqlMs.p50}/${row.graphqlMs.p99} ms` +
        (row.ratioP50 ? `; GraphQL ÷ Cypher p50 ${row.ratioP50}` : ''),
    );
  }
  await api.stop();
  const day = new Date().toISOString().slice(0, 10);
  const dir = smoke ? (process.env.BENCH_RESULTS_DIR ?? tmpdir()) : fromRoot('bench', 'results');
  writeFileSync(
    join(dir, `researcher-${day}.json`),
    `${JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, rows }, null, 2)}\n`,
  );
  writeFileSync(join(dir, `researcher-${day}.md`), markdown(rows));
} finally {
  await driver.close();
}

function markdown(rows: Row[]): string {
  const lines = [
    `# Researcher questions — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `In process (executeOperation), ${ROUNDS} rounds after ${WARMUP} warm-up, curated seed + meetings register.`,
    '',
    '| question | estimated cost | cost estimate p50 / p99 ms | request p50 / p99 ms | Cypher p50 ms | GraphQL ÷ Cypher p50 |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.question} | ${r.estimated} | ${r.costMs.p50} / ${r.costMs.p99} | ${r.graphqlMs.p50} / ${r.graphqlMs.p99} | ${r.cypherMs?.p50 ?? ''} | ${r.ratioP50 ?? ''} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
