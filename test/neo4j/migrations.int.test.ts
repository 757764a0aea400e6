import { afterAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations, type Migration } from '../../src/neo4j/migrations.js';
import { openTestDriver } from '../../harness/database.js';

const { driver, connection } = openTestDriver();
const db = connection.database;
afterAll(async () => {
  await driver.executeQuery(
    "MATCH (m:SchemaMigration) WHERE m.id STARTS WITH '9' DELETE m",
    {},
    { database: db },
  );
  await driver.executeQuery('DROP INDEX test_migration_probe IF EXISTS', {}, { database: db });
  await driver.close();
});

const probe = (sql: string): Migration => ({
  id: '901-test-probe',
  file: '901-test-probe.cypher',
  checksum: sql,
  statements: [sql],
});

describe('migrate', () => {
  it('has the project migrations applied once by the harness, and a re-run does nothing', async () => {
    const result = await migrate(driver, db);
    expect(result.applied).toEqual([]);
    expect(result.skipped).toEqual(readMigrations().map((m) => m.id));
  });

  it('creates unique id constraints for every label and the full-text indexes', async () => {
    const constraints = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
      {},
      { database: db },
    );
    const labels = constraints.records.map((r) => r.get('label') as string).sort();
    expect(labels).toEqual(
      [
        // The audit trail (002-audit-trail): change records and the entity ids they touched.
        'Change',
        'ChangeSubject',
        'Document',
        'Entity',
        'Event',
        // The graph's generation (006-graph-generation): one node every write transaction updates.
        'GraphGeneration',
        'Initiative',
        'Organisation',
        'Person',
        'Project',
        // Merge with redirect (003-redirects): an id merged away.
        'Redirect',
        'Statement',
        'Topic',
      ].sort(),
    );
    const fulltext = await driver.executeQuery(
      'SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state ORDER BY name',
      {},
      { database: db },
    );
    expect(fulltext.records.map((r) => [r.get('name'), r.get('state')])).toEqual([
      ['entity_names', 'ONLINE'],
      // search over meeting subjects (004-meeting-subjects).
      ['meeting_subjects', 'ONLINE'],
      ['statement_text', 'ONLINE'],
    ]);
  });

  it('applies a new migration exactly once and records it', async () => {
    const migration = probe(
      'CREATE INDEX test_migration_probe IF NOT EXISTS FOR (n:Probe) ON (n.x)',
    );
    expect((await migrate(driver, db, [migration])).applied).toEqual(['901-test-probe']);
    expect((await migrate(driver, db, [migration])).applied).toEqual([]);
    const { records } = await driver.executeQuery(
      "MATCH (m:SchemaMigration {id: '901-test-probe'}) RETURN count(m) AS n",
      {},
      { database: db },
    );
    expect(records[0]?.get('n').toNumber()).toBe(1);
  });

  it('refuses a migration that changed after it was applied', async () => {
    const changed = probe('CREATE INDEX test_migration_probe IF NOT EXISTS FOR (n:Probe) ON (n.y)');
    await expect(migrate(driver, db, [changed])).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
    });
  });

  it('names the file and statement of a migration that fails', async () => {
    const broken: Migration = {
      ...probe('THIS IS NOT CYPHER'),
      id: '902-broken',
      file: '902-broken.cypher',
    };
    await expect(migrate(driver, db, [broken])).rejects.toThrow(
      /902-broken\.cypher: statement 1 failed/,
    );
  });
});

describe('005-dataset-lines', () => {
  it('moves file:line evidence of dataset facts into lines, keeping lines already there and quotes', async () => {
    const [migration] = readMigrations().filter((m) => m.id.startsWith('005'));
    await driver.executeQuery(
      `CREATE (d:MigrationProbe:Document {id: 'doc:probe-dataset', kind: 'DATASET'}),
              (a:MigrationProbe {id: 'probe:a'})-[:MET_AT {sources: ['doc:probe-dataset'], evidence: 'réunions 2024.jsonl:3; x.jsonl:9', lines: ['extra.jsonl:5']}]->(b:MigrationProbe {id: 'probe:b'}),
              (a)-[:ABOUT {sources: ['doc:probe-dataset'], evidence: 'They met: a quote; not lines'}]->(b),
              (a)-[:FUNDED_BY {sources: ['doc:probe-article'], evidence: 'Meeting at 10:30'}]->(b)`,
      {},
      { database: db },
    );
    try {
      for (const statement of migration!.statements)
        await driver.executeQuery(statement, {}, { database: db });
      const { records } = await driver.executeQuery(
        `MATCH (:MigrationProbe)-[r]->() RETURN type(r) AS type, r.lines AS lines, r.evidence AS evidence ORDER BY type`,
        {},
        { database: db },
      );
      expect(records.map((r) => r.toObject())).toEqual([
        { type: 'ABOUT', lines: null, evidence: 'They met: a quote; not lines' },
        { type: 'FUNDED_BY', lines: null, evidence: 'Meeting at 10:30' },
        {
          type: 'MET_AT',
          lines: ['réunions 2024.jsonl:3', 'x.jsonl:9', 'extra.jsonl:5'],
          evidence: null,
        },
      ]);
    } finally {
      await driver.executeQuery('MATCH (n:MigrationProbe) DETACH DELETE n', {}, { database: db });
    }
  });
});
