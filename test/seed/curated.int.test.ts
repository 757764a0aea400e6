import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { totals } from '../../src/seed/plan/plan.js';
import { listSeedFiles } from '../../src/seed/read/read-text.js';
import { clearGraph, openTestDriver } from '../../harness/database.js';
import { ARTICLE, EVENT, SPEAKERS } from '../../harness/curated.js';

/** The curated seed (seed/*.yaml) loaded into a real Neo4j, checked fact by fact through Cypher. */
const { driver, connection } = openTestDriver();
const db = connection.database;
const files = listSeedFiles(fromRoot('seed'));

beforeAll(async () => {
  await clearGraph(driver, db);
  const report = await loadSeeds(driver, db, files);
  expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(report.written).toBe(true);
});
afterAll(() => driver.close());

const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database: db })).records.map((r) => r.toObject());
const values = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await rows(cypher, params)).map((r) => Object.values(r)[0]);

describe('the curated founding document in the graph', () => {
  it('the event: host, place, date, topic and its nine speakers', async () => {
    const [event] = await rows(
      `MATCH (e:Event {id: $id})-[:HOSTED_BY]->(h) MATCH (e)-[:ABOUT]->(i:Initiative)
       RETURN h.id AS host, e.city AS city, toString(e.date) AS date, collect(i.id) AS about`,
      { id: EVENT },
    );
    expect(event).toEqual({
      host: 'org:european-commission',
      city: 'Brussels',
      date: '2025-10-21',
      about: ['initiative:vht'],
    });
    const speakers = await values(
      'MATCH (p:Person)-[:SPOKE_AT]->(:Event {id: $id}) RETURN p.name AS n ORDER BY n',
      { id: EVENT },
    );
    expect(speakers).toEqual(SPEAKERS);
    const opening = await values(
      "MATCH (:Person {id: 'person:henna-virkkunen'})-[s:SPOKE_AT]->(:Event {id: $id}) RETURN s.capacity",
      { id: EVENT },
    );
    expect(opening).toEqual(['opening remarks']);
  });

  it('roles and affiliations', async () => {
    const roles = await rows(
      `MATCH (p:Person)-[r:HOLDS_ROLE]->(o:Organisation) WHERE p.id IN $ids
       RETURN p.id AS person, r.title AS title, o.id AS org ORDER BY person, org`,
      {
        ids: [
          'person:sandra-gallina',
          'person:lucilla-sioli',
          'person:mikael-benson',
          'person:fabian-schmich',
        ],
      },
    );
    expect(roles).toEqual([
      { person: 'person:fabian-schmich', title: null, org: 'org:roche' },
      { person: 'person:lucilla-sioli', title: 'Director', org: 'org:ai-office' },
      { person: 'person:mikael-benson', title: 'Professor', org: 'org:karolinska-institutet' },
      { person: 'person:sandra-gallina', title: 'Director-General', org: 'org:dg-sante' },
    ]);
    const chain = await values(
      "MATCH p = (:Organisation {id: 'org:ai-office'})-[:PART_OF*]->(top) WHERE NOT (top)-[:PART_OF]->() RETURN [n IN nodes(p) | n.id]",
    );
    expect(chain).toEqual([['org:ai-office', 'org:dg-connect', 'org:european-commission']]);
  });

  it('statements: who said what, verbatim quotes marked as quotes', async () => {
    const [sioli] = await rows(
      `MATCH (s:Statement)-[:MADE_BY]->(:Person {id: 'person:lucilla-sioli'}), (s)-[:MADE_AT]->(:Event {id: $id})
       OPTIONAL MATCH (s)-[:ABOUT]->(x) RETURN s.text AS text, s.quoted AS quoted, collect(x.id) AS about`,
      { id: EVENT },
    );
    expect(sioli!.quoted).toBe(true);
    expect(sioli!.text).toContain('a game-changer for Europe’s healthcare systems');
    expect(sioli!.about).toContain('initiative:vht');
    const count = await values(
      'MATCH (s:Statement)-[:MADE_AT]->(:Event {id: $id}) RETURN count(s)',
      { id: EVENT },
    );
    expect(Number(count[0])).toBeGreaterThanOrEqual(9);
  });

  it('VHT: launch, budget, alignment with other EC priorities, VBT and the EDITH documents', async () => {
    const [vht] = await rows(
      "MATCH (v:Initiative {id: 'initiative:vht'}) RETURN toString(v.launched) AS launched, v.budgetEur AS budget",
    );
    expect(vht).toEqual({ launched: '2023-12-01', budget: 100_000_000 });
    const aligned = await values(
      "MATCH (:Initiative {id: 'initiative:vht'})-[:ALIGNED_WITH]->(i) RETURN i.id AS id ORDER BY id",
    );
    expect(aligned).toEqual([
      'initiative:ai-continent-action-plan',
      'initiative:apply-ai-strategy',
      'initiative:life-sciences-strategy',
    ]);
    const vbt = await values(
      "MATCH (:Project {id: 'project:vbt'})-[:CONTRIBUTES_TO]->(i) MATCH (:Project {id: 'project:vbt'})-[:COORDINATED_BY]->(o) RETURN i.id + ' / ' + o.id",
    );
    expect(vbt).toEqual(['initiative:vht / org:ebrains']);
    const ehds = await values(
      "MATCH (:Initiative {id: 'initiative:ehds'})-[r:RELATES_TO]->(:Initiative {id: 'initiative:vht'}) RETURN r.evidence",
    );
    expect(ehds).toEqual([
      'Sandra Gallina, Director-General of DG SANTE, underlined the role of the European Health Data Space (EHDS), in relation to VHTs.',
    ]);
    const docs = await values(
      'MATCH (d:Document)-[:PRODUCED_BY]->(:Project {id: $p}) MATCH (d)-[:PRESENTED_AT]->(:Event {id: $e}) RETURN d.id AS id ORDER BY id',
      { p: 'project:edith', e: EVENT },
    );
    expect(docs).toEqual(['doc:vht-policy-brief', 'doc:vht-roadmap']);
  });

  it('provenance on every relationship: sources are loaded documents', async () => {
    const [p] = await rows(
      `MATCH (:Entity)-[r]->(:Entity) WITH r, coalesce(r.sources, []) AS sources
       OPTIONAL MATCH (d:Document) WHERE d.id IN sources
       WITH r, sources, count(d) AS found
       RETURN count(r) AS total, sum(CASE WHEN size(sources) > 0 AND found = size(sources) THEN 1 ELSE 0 END) AS cited`,
    );
    expect(Number(p!.total)).toBeGreaterThan(200);
    expect(Number(p!.cited)).toBe(Number(p!.total));
    const evidence = await values(
      "MATCH (:Person {id: 'person:sandra-gallina'})-[r:HOLDS_ROLE]->() RETURN r.evidence",
    );
    expect(evidence).toEqual(['Sandra Gallina, Director-General of DG SANTE']);
  });

  it('one entity per person despite typos, and the typos stay findable', async () => {
    const people = await values(
      "MATCH (p:Person) WHERE p.name =~ '(?i).*(benson|bensor|virkk?unn?en).*' RETURN p.id ORDER BY p.id",
    );
    expect(people).toEqual(['person:henna-virkkunen', 'person:mikael-benson']);
    const asWritten = await values(
      'MATCH (:Person {id: $id})-[m:MENTIONED_IN]->(:Document {id: $doc}) RETURN m.asWritten',
      { id: 'person:mikael-benson', doc: ARTICLE },
    );
    expect(asWritten).toEqual(['Mikael Bensor']);
    for (const [typo, id] of [
      ['Virkunnen', 'person:henna-virkkunen'],
      ['Bensor', 'person:mikael-benson'],
      ['EDHS', 'initiative:ehds'],
    ]) {
      const hits = await values(
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id LIMIT 1",
        { q: typo },
      );
      expect(hits, typo).toEqual([id]);
    }
  });

  it('a dry run on the loaded graph reports 0 created, 0 updated', async () => {
    const dry = await loadSeeds(driver, db, files, { dryRun: true });
    const n = totals(dry.plans[0]!.nodes);
    const r = totals(dry.plans[0]!.relationships);
    expect([n.created, n.updated, r.created, r.updated]).toEqual([0, 0, 0, 0]);
    expect(n.unchanged).toBeGreaterThan(80);
  });
});
