import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../../src/neo4j/fingerprint.js';
import type { SeedIssue } from '../../src/seed/issues.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { clearGraph, openTestDriver } from '../../harness/database.js';
import { goodSeed, seedDir } from './seed-files.js';

const { driver, connection } = openTestDriver();
const db = connection.database;
const files = seedDir();
let before: string;

beforeAll(async () => {
  await clearGraph(driver, db);
  const report = await loadSeeds(driver, db, [files.write('000-good.yaml', goodSeed())]);
  expect(report.written).toBe(true);
  before = await graphFingerprint(driver, db);
});
afterAll(async () => {
  files.remove();
  await driver.close();
});

/** Loads one bad file next to the good one; expects errors and no write (unchanged fingerprint). */
async function rejects(name: string, content: string | Buffer): Promise<SeedIssue[]> {
  const path = files.write(name, content);
  const report = await loadSeeds(driver, db, [files.write('000-good.yaml', goodSeed()), path]);
  expect(report.written).toBe(false);
  expect(await graphFingerprint(driver, db)).toBe(before);
  return report.issues.filter((i) => i.severity === 'error' && i.file.endsWith(name));
}

const at = (i: SeedIssue | undefined) => i && `${i.line}:${i.col} ${i.code}`;

// Where each error points is tested without a database (bad-input.test.ts); here: nothing is written.
describe('bad seed input writes nothing', () => {
  it('a syntax error, a bad date and a dangling reference each leave the graph as it was', async () => {
    expect(
      (await rejects('bad-yaml.yaml', 'source:\n  id: doc:x\n  name: a: b\n')).map(at),
    ).toEqual(['3:9 YAML_SYNTAX']);
    const date = goodSeed('doc:dates').replace('since: 2024-01-01', 'since: 2025-13-40');
    expect((await rejects('date.yaml', date)).map(at)).toEqual(['18:12 BAD_DATE']);
    const dangling = goodSeed(
      'doc:dangling',
      '  - from: person:ada-tets\n    type: HOLDS_ROLE\n    to: org:test-org\n    title: Ghost\n',
    );
    expect((await rejects('dangling.yaml', dangling)).map(at)).toEqual(['20:11 UNKNOWN_REFERENCE']);
  });

  it('collects every problem in every file before stopping, and writes nothing', async () => {
    const a = files.write(
      'many-a.yaml',
      goodSeed('doc:many-a').replace('since: 2024-01-01', 'since: 2024-02-30'),
    );
    const b = files.write(
      'many-b.yaml',
      goodSeed('doc:many-b').replace('kind: ARTICLE', 'kind: BLOG'),
    );
    const report = await loadSeeds(driver, db, [a, b]);
    expect(report.issues.map((i) => `${i.file.split('/').pop()}:${at(i)}`)).toEqual([
      'many-a.yaml:18:12 BAD_DATE',
      'many-b.yaml:4:9 INVALID_VALUE',
    ]);
    expect(await graphFingerprint(driver, db)).toBe(before);
  });
});
