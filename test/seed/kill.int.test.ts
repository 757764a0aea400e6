import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import { graphFingerprint } from '../../src/neo4j/fingerprint.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { clearGraph, openTestDriver } from '../../harness/database.js';
import { goodSeed, seedDir, SHA } from './seed-files.js';

const { driver, connection } = openTestDriver();
const db = connection.database;
const files = seedDir();

/** A file big enough that the write takes many batches: people, each with a role. */
function bigSeed(people: number): string {
  const lines = [
    `source:\n  id: doc:big\n  name: Big\n  kind: REPORT\n  url: https://example.org/big\n  sha256: '${SHA}'\nentities:`,
  ];
  lines.push('  - id: org:big-org\n    name: Big Org\n    kind: COMPANY');
  for (let i = 0; i < people; i++)
    lines.push(`  - id: person:p-${i}\n    name: Person Number ${i}`);
  lines.push('relationships:');
  for (let i = 0; i < people; i++)
    lines.push(
      `  - from: person:p-${i}\n    type: HOLDS_ROLE\n    to: org:big-org\n    title: Member`,
    );
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  await clearGraph(driver, db);
  await loadSeeds(driver, db, [files.write('small.yaml', goodSeed())]);
});
afterAll(async () => {
  files.remove();
  await driver.close();
});

it('a loader killed mid-transaction leaves the graph unchanged', async () => {
  const before = await graphFingerprint(driver, db);
  const big = files.write('big.yaml', bigSeed(6_000));
  const child = spawn(
    process.execPath,
    [fromRoot('bin', 'policy-graph.js'), 'seed', big, '--batch-size', '100'],
    {
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USER: connection.user,
        NEO4J_PASSWORD: connection.password,
        NEO4J_DATABASE: db,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  const killedMidWrite = await new Promise<boolean>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // A batch has been written inside the open transaction: kill without warning.
      if (/write: \d+\/\d+ rows/.test(stderr) && !/committed/.test(stderr)) {
        child.kill('SIGKILL');
        resolve(true);
      }
    });
    child.on('exit', () => resolve(false));
  });
  expect(killedMidWrite, stderr).toBe(true);
  await new Promise((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve(null) : child.on('exit', resolve),
  );
  expect(child.signalCode).toBe('SIGKILL');
  expect(await graphFingerprint(driver, db)).toBe(before);
  // The server released the dead transaction's locks: the next load goes through.
  const next = await loadSeeds(driver, db, [files.write('after.yaml', goodSeed('doc:after'))]);
  expect(next.written).toBe(true);
}, 120_000);
