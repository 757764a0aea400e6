import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCordis, type CordisReport } from '../../../src/import/cordis/import.js';
import { graphFingerprint } from '../../../src/neo4j/fingerprint.js';
import { openTestDriver } from '../../../harness/database.js';
import { loadFoundingGraph } from '../../../harness/fixture.js';
import { organisationXml as org, projectXml, writeZip } from '../../../harness/cordis-release.js';

const { driver, connection } = openTestDriver();
const db = connection.database;
const judgementsPath = '/nonexistent/cordis-judgements.yaml';
const participant = (n: number) => `type="participant" order="${n}" ecContribution="${n}000"`;

/** Release A (2025-11-16): the VBT grant, a PIC with two legal names, look-alikes of curated ones. */
const releaseA = () =>
  writeZip(
    {
      'data/1/1.xml': projectXml(
        '101137289',
        [
          org('999978433', 'KATHOLIEKE UNIVERSITEIT LEUVEN'),
          org('999900001', 'SANOFI PASTEUR SA', participant(2)),
          org('999900002', 'F. HOFFMANN-LA ROCHE AG', participant(3)),
          org('999900003', 'UNIVERSITE DE LIEGE', participant(4)),
        ].join('\n'),
      ),
      'data/1/2.xml': projectXml(
        '101000002',
        [
          org('999978433', 'KATHOLIEKE UNIVERSITEIT LEUVEN'),
          org('999900004', 'ACME GMBH', participant(2)),
          org(
            '999900005',
            'INSTITUT NATIONAL DE RECHERCHE EN INFORMATIQUE ET AUTOMATIQUE',
            participant(3),
          ),
        ].join('\n'),
      ),
      'data/1/3.xml': projectXml(
        '101000003',
        [
          org('999900004', 'ACME GESELLSCHAFT MBH'),
          org('999900006', 'LA ROCHELLE UNIVERSITE', participant(2)),
        ].join('\n'),
      ),
    },
    'horizon-projects-2025-11-16.zip',
  );

/** Release B (2026-01-20), an edited copy: project 2 closed and without ACME; a new project. */
const releaseB = () =>
  writeZip(
    {
      'data/1/1.xml': projectXml('101137289', org('999978433', 'KATHOLIEKE UNIVERSITEIT LEUVEN')),
      'data/1/2.xml': projectXml(
        '101000002',
        org('999978433', 'KATHOLIEKE UNIVERSITEIT LEUVEN'),
      ).replace('<status>SIGNED</status>', '<status>CLOSED</status>'),
      'data/1/3.xml': projectXml('101000003', org('999900004', 'ACME GESELLSCHAFT MBH')),
      'data/1/4.xml': projectXml('101000004', org('999900006', 'LA ROCHELLE UNIVERSITE')),
    },
    'horizon-projects-2026-01-20.zip',
  );

const query = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(cypher, params, { database: db, routing: 'READ' })).records.map((r) =>
    r.toObject(),
  );
const importRelease = (path: string) => importCordis(driver, db, [path], { judgementsPath });
const A = 'doc:cordis-horizon-projects-2025-11-16';
const B = 'doc:cordis-horizon-projects-2026-01-20';
const projectOf = async (grant: string) =>
  (await query('MATCH (p:Project {grantId: $grant}) RETURN p.id AS id', { grant }))[0]?.id;
const participation = (pic: string, grant: string) =>
  query(
    `MATCH (o:Organisation {pic: $pic})-[r:PARTICIPATES_IN]->(p:Project {grantId: $grant})
     RETURN r.droppedBy AS droppedBy, r.sources AS sources, r.lines AS lines, r.role AS role`,
    { pic, grant },
  );

let pathA: string;
let pathB: string;
let first: CordisReport;
beforeAll(async () => {
  await loadFoundingGraph(driver, db);
  [pathA, pathB] = [await releaseA(), await releaseB()];
  first = await importRelease(pathA);
});
afterAll(() => driver.close());

describe('import cordis: one release', () => {
  it('links the curated Virtual Brain Twin by the grant number its curated file states', async () => {
    expect(first.issues).toEqual([]);
    expect(await projectOf('101137289')).toBe('project:vbt');
    const [vbt] = await query(
      `MATCH (p:Project {id: 'project:vbt'})
       RETURN p.status AS status, p.ecMaxContribution AS max, p.claims AS claims`,
    );
    expect(vbt!.status).toBe('SIGNED');
    expect(vbt!.max).toBe(900000.5);
    const status = (vbt!.claims as string[])
      .map((c) => JSON.parse(c))
      .find((c) => c.property === 'status');
    expect(status).toMatchObject({ value: 'SIGNED', sources: [A], asOf: '2025-11-16' });
  });

  it('one organisation per PIC: two legal names in one release are one organisation, both kept', async () => {
    const orgs = await query(
      `MATCH (o:Organisation {pic: '999900004'}) RETURN o.name AS name, o.aliases AS aliases`,
    );
    expect(orgs).toHaveLength(1);
    expect([orgs[0]!.name, ...(orgs[0]!.aliases as string[])].sort()).toEqual([
      'ACME GESELLSCHAFT MBH',
      'ACME GMBH',
    ]);
  });

  it('never merges a legal entity into a curated group or a look-alike; suggests the uncertain', async () => {
    for (const curated of ['org:sanofi', 'org:roche', 'org:university-of-liege', 'org:inria'])
      expect(
        (await query(`MATCH (o {id: $id}) RETURN o.pic AS pic`, { id: curated }))[0]!.pic,
      ).toBeNull();
    const pairs = (
      await query(
        `MATCH (s:Suggestion) RETURN s.leftName + ' ~ ' + s.rightName AS pair, s.reason AS reason`,
      )
    ).map((s) => `${s.pair} (${s.reason})`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /UNIVERSITE DE LIEGE ~ University of Liège|University of Liège ~ UNIVERSITE DE LIEGE/,
        ),
        expect.stringMatching(/INSTITUT NATIONAL DE RECHERCHE.*Inria|Inria.*INSTITUT NATIONAL/),
        expect.stringMatching(/KATHOLIEKE UNIVERSITEIT LEUVEN.*KU Leuven|KU Leuven.*KATHOLIEKE/),
      ]),
    );
    expect(pairs.filter((p) => p.includes('LA ROCHELLE'))).toEqual([]);
  });

  it('every participation cites the release and the project file line; programme parts fund projects', async () => {
    const [kul] = await participation('999978433', '101000002');
    expect(kul).toMatchObject({ role: 'COORDINATOR', sources: [A], droppedBy: null });
    expect(kul!.lines).toEqual([
      expect.stringMatching(/^horizon-projects-2025-11-16\.zip:data\/1\/2\.xml:\d+$/),
    ]);
    const [chain] = await query(
      `MATCH (:Project {id: 'project:vbt'})-[:FUNDED_BY]->(h:Initiative {code: 'HORIZON.2.1'})
       OPTIONAL MATCH (:Project {id: 'project:vbt'})-[:FUNDED_BY]->(c:Initiative {kind: 'CALL'})
       RETURN h.name AS part, c.code AS call`,
    );
    expect(chain).toEqual({ part: 'Health (HORIZON.2.1)', call: 'HORIZON-HLTH-2023-TOOL-05' });
    const [doc] = await query(
      `MATCH (d:Document {id: $id}) RETURN d.kind AS kind, d.sha256 AS sha`,
      { id: A },
    );
    expect(doc).toMatchObject({ kind: 'DATASET', sha: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('re-importing the same release changes nothing', async () => {
    const before = await graphFingerprint(driver, db);
    const again = await importRelease(pathA);
    expect(again.counts).toEqual({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
    expect(await graphFingerprint(driver, db)).toBe(before);
  });
});

describe('import cordis: a later release, then an earlier one', () => {
  const state = async () => ({
    status: (await query(`MATCH (p:Project {grantId: '101000002'}) RETURN p.status AS s`))[0]!.s,
    statusClaims: (
      await query(
        `MATCH (p:Project {grantId: '101000002'}) UNWIND p.claims AS c WITH apoc.convert.fromJsonMap(c) AS c
         WHERE c.property = 'status' RETURN c.value + ' ' + c.sources[0] AS claim ORDER BY claim`,
      )
    ).map((r) => r.claim),
    acme: (await participation('999900004', '101000002'))[0]?.droppedBy,
    kul: (await participation('999978433', '101000002'))[0]?.droppedBy,
    newProject: Boolean(await projectOf('101000004')),
  });
  const expected = {
    status: 'CLOSED',
    statusClaims: [`CLOSED ${B}`, `SIGNED ${A}`],
    acme: B,
    kul: null,
    newProject: true,
  };

  it('shows the later values, keeps the earlier as claims, ends what it no longer lists', async () => {
    const report = await importRelease(pathB);
    expect(report.issues).toEqual([]);
    expect(await state()).toEqual(expected);
    const before = await graphFingerprint(driver, db);
    await importRelease(pathA); // an older release again: no shown value changes
    expect(await graphFingerprint(driver, db)).toBe(before);
  });

  it('gives the same graph when the releases come the other way round', async () => {
    await loadFoundingGraph(driver, db);
    await importRelease(pathB);
    await importRelease(pathA);
    expect(await state()).toEqual(expected);
  });
});
