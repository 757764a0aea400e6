import { spawn } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import { clearGraph, openTestDriver, testConnection } from '../../harness/database.js';

const NODES = 10_000;
const EDGES = 100_000;

let driver: Driver;

/** The CLI in a child process, as a user runs it; returns what it said on stderr. */
async function runExport(format: string, out: string): Promise<string> {
  const connection = testConnection();
  const child = spawn(
    process.execPath,
    [fromRoot('bin/policy-graph.js'), 'export', '--format', format, '--out', out],
    {
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_PASSWORD: connection.password,
        NEO4J_USER: connection.user,
      },
    },
  );
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise((resolve) => child.on('close', resolve));
  expect(code, stderr).toBe(0);
  return stderr;
}

beforeAll(async () => {
  const opened = openTestDriver();
  driver = opened.driver;
  const database = opened.connection.database;
  await clearGraph(driver, database);
  await driver.executeQuery(
    `UNWIND range(0, $n - 1) AS i
     CREATE (:Organisation:Entity {id: 'org:bulk-' + i, name: 'Organisation ' + i + ' & Co, "bulk"', kind: 'COMPANY', aliases: []})`,
    { n: NODES },
    { database },
  );
  await driver.executeQuery(
    `UNWIND range(0, $m - 1) AS j
     WITH j, toInteger($n) AS n
     MATCH (a:Entity {id: 'org:bulk-' + (j % n)}), (b:Entity {id: 'org:bulk-' + ((j * 7919 + 1) % n)})
     CREATE (a)-[:PART_OF {sources: ['doc:bulk'], evidence: 'evidence <' + j + '>, with a comma'}]->(b)`,
    { n: NODES, m: EDGES },
    { database },
  );
}, 300_000);

afterAll(async () => {
  await clearGraph(driver, testConnection().database);
  await driver.close();
});

// Time and peak memory of these exports are measured by `npm run bench -- export`.
describe(`export of ${EDGES} edges`, () => {
  it.each(['graphml', 'gexf', 'json', 'csv'])(
    '%s writes every node and edge',
    async (format) => {
      const dir = await mkdtemp(join(tmpdir(), 'pg-large-'));
      const out = join(dir, format === 'csv' ? 'out.zip' : `out.${format}`);
      try {
        const stderr = await runExport(format, out);
        expect(stderr).toContain(`exported ${NODES} nodes, ${EDGES} edges`);
        // Every edge carries an evidence string of ~30 bytes (compressed in the csv zip).
        expect(statSync(out).size).toBeGreaterThan(format === 'csv' ? EDGES : EDGES * 30);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
