import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMeetings, type ImportOptions } from '../../src/import/ec-meetings/import.js';
import { graphFingerprint } from '../../src/neo4j/fingerprint.js';
import { openTestDriver } from '../../harness/database.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { seedDir } from '../seed/seed-files.js';
import { CRAFTED, realRows, row } from './meeting-files.js';

const { driver, connection } = openTestDriver();
const db = connection.database;
const dir = seedDir('pg-meetings-');
const judgementsPath = dir.write(
  'judgements.yaml',
  `judgements:
  - a: Siemens AG
    b: Siemens Energy AG
    judgement: different
    reason: spun off in 2020
    who: tester
    when: 2025-11-01
`,
);
const dg = dir.write(
  'directorate-general.jsonl',
  [...realRows('directorate-general', 30), ...CRAFTED].join('\n') + '\n',
);
const comm = dir.write('commissioners.jsonl', realRows('commissioners', 30).join('\r\n'));
const opts: ImportOptions = { judgementsPath, batchSize: 7 };
const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database: db, routing: 'READ' })).records.map((r) =>
    r.toObject(),
  );

let afterImport: string;
beforeAll(async () => {
  await loadFoundingGraph(driver, db);
  const report = await importMeetings(driver, db, [dg, comm], opts);
  expect(report.issues).toEqual([]);
  expect(report.written).toBe(true);
  afterImport = await graphFingerprint(driver, db);
});
afterAll(async () => {
  dir.remove();
  await driver.close();
});

describe('import ec-meetings', () => {
  it('one meeting per key: the duplicated row is one meeting citing both lines', async () => {
    const [m] = await query(
      `MATCH (o:Organisation {id: 'org:sanofi'})-[r:MET_AT]->(e:Event {kind: 'MEETING'})
       RETURN count(e) AS meetings, collect(r.lines)[0] AS lines, collect(r.sources)[0] AS sources`,
    );
    expect(Number(m!.meetings)).toBe(1);
    expect(m!.lines).toEqual(['directorate-general.jsonl:35', 'directorate-general.jsonl:36']);
    expect(m!.sources).toEqual(['doc:ec-meetings-directorate-general']);
  });

  it('every imported relationship cites a dataset Document with a list of file:line', async () => {
    const [seen] = await query(
      `MATCH (e:Event {kind: 'MEETING'})-[r]-()
       WHERE e.id STARTS WITH 'event:meeting-' // imported ones (curated meetings cite their articles)
       WITH r, coalesce(r.sources, []) AS sources, coalesce(r.lines, []) AS lines
       RETURN count(r) AS all,
         count(CASE WHEN size(sources) = 0 OR any(s IN sources WHERE NOT s STARTS WITH 'doc:ec-meetings-')
           OR size(lines) = 0 OR any(v IN lines WHERE NOT v =~ '[a-z-]+\\.jsonl:\\d+')
           OR r.evidence IS NOT NULL THEN 1 END) AS bad`,
    );
    expect(Number(seen!.all)).toBeGreaterThan(50);
    expect(Number(seen!.bad)).toBe(0);
    const docs = await query(
      `MATCH (d:Document {kind: 'DATASET'}) RETURN d.id AS id, d.sha256 AS sha, d.licence AS licence, d.repository AS repo ORDER BY id`,
    );
    expect(docs.map((d) => d.id)).toEqual([
      'doc:ec-meetings-commissioners',
      'doc:ec-meetings-directorate-general',
    ]);
    for (const d of docs) expect(d.sha).toMatch(/^[0-9a-f]{64}$/);
    // Every import transaction that wrote is in the audit trail, with the meetings it touched.
    const [audit] = await query(
      `MATCH (c:Change {operation: 'import'})-[:CHANGED]->(s:ChangeSubject)
       WHERE s.entityId STARTS WITH 'event:meeting-' RETURN count(DISTINCT c) AS changes, c.actor AS actor LIMIT 1`,
    );
    expect(Number(audit!.changes)).toBeGreaterThan(0);
    expect(audit!.actor).toMatch(/^cli:/);
  });

  it('officials: rank from the file, curated people linked, no DG guessed', async () => {
    const rows = await query(
      `MATCH (p:Person)-[r:ATTENDED]->(:Event) RETURN DISTINCT p.id AS id, r.capacity AS rank ORDER BY id`,
    );
    expect(rows).toContainEqual({ id: 'person:sandra-gallina', rank: 'Director-General' });
    expect(rows).toContainEqual({ id: 'person:margrethe-vestager', rank: 'Commissioner' });
    const [roles] = await query(
      `MATCH (p:Person)-[r:HOLDS_ROLE]->() WHERE any(s IN r.sources WHERE s STARTS WITH 'doc:ec-meetings') RETURN count(r) AS n`,
    );
    expect(Number(roles!.n)).toBe(0);
  });

  it('look-alikes stay apart; exact matches are linked with the spelling as an alias and its source', async () => {
    const names = await query(
      `MATCH (o:Organisation) WHERE o.name STARTS WITH 'Siemens' OR o.name STARTS WITH 'Dassault' OR o.name STARTS WITH 'DASSAULT'
       RETURN o.id AS id ORDER BY id`,
    );
    expect(names.map((n) => n.id)).toEqual([
      'org:dassault-aviation',
      'org:dassault-systemes',
      'org:siemens',
      'org:siemens-energy',
      'org:siemens-healthineers',
    ]);
    const [sanofi] = await query(
      `MATCH (o:Organisation {id: 'org:sanofi'})-[m:MENTIONED_IN]->(d:Document {kind: 'DATASET'})
       RETURN o.aliases AS aliases, m.asWritten AS asWritten, m.sources AS sources`,
    );
    expect(sanofi!.aliases).toContain('SANOFI');
    expect(sanofi!.asWritten).toBe('SANOFI');
    const roche = await query(`MATCH (o:Organisation {id: 'org:roche'})-[:MET_AT]->() RETURN o`);
    expect(roche).toHaveLength(0);
  });

  it('suggestions wait for review; judged pairs are not suggested', async () => {
    const rows = await query(
      `MATCH (s:Suggestion {status: 'PENDING'}) RETURN s.leftName + ' ~ ' + s.rightName AS pair, s.evidence AS evidence`,
    );
    const pairs = rows.map((r) => r.pair as string);
    expect(pairs).toContain('F. Hoffmann-La Roche Ltd ~ Roche');
    expect(pairs.some((p) => p.includes('Siemens AG') && p.includes('Siemens Energy AG'))).toBe(
      false,
    );
    expect(pairs.some((p) => p.includes('DASSAULT'))).toBe(false);
  });

  it('subjects link to the initiatives the graph knows, through names, aliases and acronyms only', async () => {
    const rows = await query(
      `MATCH (e:Event {kind: 'MEETING'})-[:ABOUT]->(x) WHERE e.date >= date('2022-02-01') AND e.date <= date('2022-02-06')
       RETURN e.subject AS subject, collect(x.id) AS about ORDER BY subject`,
    );
    expect(rows).toEqual([
      { subject: 'European Health Data Space', about: ['initiative:ehds'] },
      { subject: 'Health Data Space', about: ['initiative:ehds'] },
      { subject: 'Virtual twins and the EHDS', about: ['initiative:ehds'] },
    ]);
  });

  it('a re-import changes nothing', async () => {
    const report = await importMeetings(driver, db, [dg, comm], opts);
    expect(report.counts).toEqual({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
    expect(await graphFingerprint(driver, db)).toBe(afterImport);
  });

  it('an interrupted import, run again, completes with no duplicates', async () => {
    await loadFoundingGraph(driver, db);
    let batches = 0;
    await expect(
      importMeetings(driver, db, [dg, comm], {
        ...opts,
        onProgress: () => {
          if (++batches === 3) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const [partial] = await query(
      `MATCH (d:Document {kind: 'DATASET'}) WHERE d.sha256 IS NOT NULL RETURN count(d) AS n`,
    );
    expect(Number(partial!.n)).toBe(0);
    await importMeetings(driver, db, [dg, comm], opts);
    expect(await graphFingerprint(driver, db)).toBe(afterImport);
  });

  it('with a same judgement, a re-import links and keeps the link', async () => {
    const path = dir.write(
      'judgements-2.yaml',
      `judgements:
  - {a: F. Hoffmann-La Roche Ltd, b: org:roche, judgement: same, reason: Roche's legal name, who: tester, when: 2025-11-02}
`,
    );
    await importMeetings(driver, db, [dg, comm], { ...opts, judgementsPath: path });
    const again = await importMeetings(driver, db, [dg, comm], { ...opts, judgementsPath: path });
    expect(again.resolutions.organisations.bySpelling.get('F. Hoffmann-La Roche Ltd')?.id).toBe(
      'org:roche',
    );
    const roche = await query(
      `MATCH (o:Organisation {id: 'org:roche'})-[:MET_AT]->(e) RETURN e.subject AS s`,
    );
    expect(roche).toEqual([{ s: 'Health Data Space' }]);
    const [pending] = await query(
      `MATCH (s:Suggestion) WHERE s.rightName = 'Roche' OR s.leftName = 'Roche' RETURN count(s) AS n`,
    );
    expect(Number(pending!.n)).toBe(0);
  });
});

describe('bad input: file:line CODE, and with stop nothing written', () => {
  let before: string;
  beforeAll(async () => {
    before = await graphFingerprint(driver, db);
  });
  const good = row('Sandra Gallina', '01/03/2022', ['Test Org One'], 'A subject');
  const cases: [string, string | Buffer, string][] = [
    ['malformed JSON', `${good}\n{"EU Member": ["x"], "Date": \n`, '2 MALFORMED_JSON'],
    [
      'missing key',
      `${good}\n${JSON.stringify({ 'EU Member': ['x'], Date: '01/02/2020', Location: 'B', Subjects: ['s'] })}\n`,
      '2 MISSING_KEY',
    ],
    ['31/02/2020', `${good}\n${row('X', '31/02/2020', ['O'], 's')}\n`, '2 INVALID_DATE'],
    ['2020-02-01', `${good}\n${row('X', '2020-02-01', ['O'], 's')}\n`, '2 INVALID_DATE'],
    ['empty Entities', `${good}\n${row('X', '01/02/2020', [], 's')}\n`, '2 EMPTY_LIST'],
    [
      'a 1 MB subject',
      `${good}\n${row('X', '01/02/2020', ['O'], 'x'.repeat(1 << 20))}\n`,
      '2 LINE_TOO_LONG',
    ],
    [
      'non-UTF-8 bytes',
      Buffer.concat([
        Buffer.from(`${good}\n{"EU Member": ["Caf`),
        Buffer.from([0xe9]),
        Buffer.from(
          `"], "Date": "01/02/2020", "Location": "B", "Entities": ["O"], "Subjects": ["s"]}\n`,
        ),
      ]),
      '2 NOT_UTF8',
    ],
    ['an empty file', '', '1 EMPTY_FILE'],
    ['not JSONL at all', 'date,official,organisation\n01/02/2020,X,Y\n', '1 NOT_JSONL'],
    ['a JSON array', `[${good}]\n`, '1 NOT_JSONL'],
  ];
  for (const [name, content, expected] of cases)
    it(name, async () => {
      const file = dir.write(`bad-${name.replace(/\W+/g, '-')}.jsonl`, content);
      const report = await importMeetings(driver, db, [file], opts);
      expect(report.written).toBe(false);
      expect(report.issues.map((i) => `${i.line} ${i.code}`)).toEqual([expected]);
      expect(report.issues[0]!.file).toBe(file);
      expect(await graphFingerprint(driver, db)).toBe(before);
    });

  it('skip loads the good rows and lists the bad ones', async () => {
    const file = dir.write(
      'skip.jsonl',
      [
        good,
        row('X', '31/02/2020', ['O'], 's'),
        row('Sandra Gallina', '02/03/2022', ['Test Org Two'], 'Another'),
      ].join('\n'),
    );
    const report = await importMeetings(driver, db, [file], { ...opts, onError: 'skip' });
    expect(report.written).toBe(true);
    expect(report.issues.map((i) => `${i.line} ${i.code}`)).toEqual(['2 INVALID_DATE']);
    const rows = await query(
      `MATCH (o:Organisation)-[r:MET_AT]->() WHERE o.name STARTS WITH 'Test Org' RETURN o.name AS name, r.lines AS at ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: 'Test Org One', at: ['skip.jsonl:1'] },
      { name: 'Test Org Two', at: ['skip.jsonl:3'] },
    ]);
  });
});
