import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../../src/neo4j/fingerprint.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { totals } from '../../src/seed/plan/plan.js';
import { clearGraph, openTestDriver } from '../../harness/database.js';
import { goodSeed, seedDir } from './seed-files.js';

const { driver, connection } = openTestDriver();
const db = connection.database;
const files = seedDir();
const one = files.write('one.yaml', goodSeed('doc:one'));
const two = files.write(
  'two.yaml',
  goodSeed('doc:two').replace('evidence: Ada Test, Chief Tester', 'evidence: Chief Tester Ada') +
    '  - from: Ada Tset\n    type: PART_OF\n    to: org:test-org\n'.replace(
      'PART_OF',
      'HOLDS_ROLE',
    ) +
    '    title: Board member\n',
);

beforeAll(() => clearGraph(driver, db));
afterAll(async () => {
  files.remove();
  await driver.close();
});

const query = async (cypher: string, params = {}) =>
  (await driver.executeQuery(cypher, params, { database: db })).records.map((r) => r.toObject());

describe('the seed loader', () => {
  it('loads, then re-loading the same file changes nothing (equal fingerprints)', async () => {
    const first = await loadSeeds(driver, db, [one]);
    expect(first.written).toBe(true);
    expect(totals(first.plans[0]!.nodes)).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const after = await graphFingerprint(driver, db);
    const again = await loadSeeds(driver, db, [one]);
    expect(totals(again.plans[0]!.nodes)).toMatchObject({ created: 0, updated: 0 });
    expect(totals(again.plans[0]!.relationships)).toMatchObject({ created: 0, updated: 0 });
    expect(await graphFingerprint(driver, db)).toBe(after);
  });

  it('stores dates as Neo4j Dates and provenance on every relationship', async () => {
    const rows = await query(
      `MATCH (:Person {id: 'person:ada-test'})-[r:HOLDS_ROLE]->(:Organisation {id: 'org:test-org'})
       RETURN r.since AS since, r.sources AS sources, r.evidence AS evidence, r.title AS title`,
    );
    expect(rows).toHaveLength(1);
    expect(String(rows[0]!.since)).toBe('2024-01-01');
    expect(rows[0]!.since?.constructor.name).toBe('Date');
    expect(rows[0]).toMatchObject({ sources: ['doc:one'], title: 'Chief Tester' });
    const bare = await query(
      'MATCH (:Entity)-[r]->(:Entity) WHERE r.sources IS NULL OR size(r.sources) = 0 RETURN count(r) AS n',
    );
    expect(Number(bare[0]!.n)).toBe(0);
  });

  it('a second document stating a known fact adds its source, never a duplicate edge', async () => {
    const dry = await loadSeeds(driver, db, [two], { dryRun: true });
    const updates = dry.plans[0]!.updates.map((u) => `${u.what} +${u.addedSources.join(',')}`);
    expect(updates).toContain('HOLDS_ROLE person:ada-test → org:test-org +doc:two');
    const report = await loadSeeds(driver, db, [two]);
    expect(report.issues.map((i) => i.code)).toEqual(['CLOSE_MATCH']);
    const rows = await query(
      `MATCH (:Person {id: 'person:ada-test'})-[r:HOLDS_ROLE {title: 'Chief Tester'}]->()
       RETURN r.sources AS sources, r.evidence AS evidence`,
    );
    expect(rows).toEqual([{ sources: ['doc:one', 'doc:two'], evidence: 'Ada Test, Chief Tester' }]);
    const people = await query('MATCH (p:Person) RETURN p.id AS id, p.aliases AS aliases');
    expect(people).toEqual([{ id: 'person:ada-test', aliases: ['Ada Tset'] }]);
    const mentions = await query(
      "MATCH (:Person {id: 'person:ada-test'})-[m:MENTIONED_IN]->(d:Document) RETURN d.id AS doc ORDER BY doc",
    );
    expect(mentions.map((m) => m.doc)).toEqual(['doc:one', 'doc:two']);
  });

  it('a dry run on the loaded graph reports 0 created, 0 updated and writes nothing', async () => {
    const before = await graphFingerprint(driver, db);
    const dry = await loadSeeds(driver, db, [one, two], { dryRun: true });
    expect(dry.written).toBe(false);
    const nodes = totals(dry.plans[0]!.nodes);
    const rels = totals(dry.plans[0]!.relationships);
    expect([nodes.created, nodes.updated, rels.created, rels.updated]).toEqual([0, 0, 0, 0]);
    expect(await graphFingerprint(driver, db)).toBe(before);
  });

  it('--per-file commits each file in its own transaction', async () => {
    await clearGraph(driver, db);
    const report = await loadSeeds(driver, db, [one, two], { perFile: true, batchSize: 1 });
    expect(report.plans).toHaveLength(2);
    expect(report.written).toBe(true);
    const roles = await query('MATCH ()-[r:HOLDS_ROLE]->() RETURN count(r) AS n');
    expect(Number(roles[0]!.n)).toBe(2);
  });
});
