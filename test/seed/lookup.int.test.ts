import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import { graphFingerprint } from '../../src/neo4j/fingerprint.js';
import { formatIssue } from '../../src/seed/issues.js';
import { loadSeeds, type LoadOptions } from '../../src/seed/pipeline.js';
import { totals } from '../../src/seed/plan/plan.js';
import { openTestDriver } from '../../harness/database.js';
import { graphCounts, loadFoundingGraph } from '../../harness/fixture.js';
import { SHA, seedDir } from './seed-files.js';

const { driver, connection } = openTestDriver();
const db = connection.database;
const files = seedDir('pg-lookup-');

/** A new event document into the curated graph: references by id, exact name, close spelling. */
const eventDoc = (extra = ''): string => `source:
  id: doc:lookup-probe
  name: Probe event page
  kind: WEB_PAGE
  url: https://example.org/probe
  sha256: '${SHA}'
entities:
  - id: event:lookup-probe-workshop
    name: Probe workshop on virtual twins
    kind: WORKSHOP
    date: '2026-11-20'
  - id: person:sandra-galina
    name: Sandra Galina
relationships:
  - from: person:henna-virkkunen
    type: SPOKE_AT
    to: event:lookup-probe-workshop
  - from: Mikael Benson
    type: SPOKE_AT
    to: event:lookup-probe-workshop
  - from: Saila Rine
    type: SPOKE_AT
    to: event:lookup-probe-workshop
  - from: event:lookup-probe-workshop
    type: HOSTED_BY
    to: Dassault Systemes
${extra}`;

const good = files.write('good.yaml', eventDoc());
const typo = files.write(
  'typo.yaml',
  eventDoc(
    '  - from: person:henna-virkunen\n    type: SPOKE_AT\n    to: event:lookup-probe-workshop\n',
  ),
);

beforeAll(() => loadFoundingGraph(driver, db));
afterAll(async () => {
  files.remove();
  await driver.close();
});

const dry = (path: string, lookup: LoadOptions['lookup']) =>
  loadSeeds(driver, db, [path], { dryRun: true, lookup });

describe('finding existing entities for a load', () => {
  it('looking up only the named entities resolves exactly as reading them all', async () => {
    const { nodes } = await graphCounts(driver, db);
    const all = await dry(good, 'all');
    const named = await dry(good, 'named');
    expect(all.lookups).toEqual([{ mode: 'all', entities: expect.any(Number) }]);
    expect(all.lookups[0]!.entities).toBeGreaterThan(80);
    expect(named.lookups[0]!.mode).toBe('named');
    // Only the referenced entities and the candidates of the names: a fraction of the graph, but
    // not none (the file refers to entities the graph holds).
    expect(named.lookups[0]!.entities).toBeGreaterThan(0);
    expect(named.lookups[0]!.entities).toBeLessThan(nodes / 3);
    expect(named.issues.map(formatIssue)).toEqual(all.issues.map(formatIssue));
    // "Mikael Benson" and "Dassault Systemes" (no accent) are exact; "Saila Rine" is close.
    expect(named.issues.map((i) => `${i.code} ${i.message.split(' (')[0]}`).sort()).toEqual([
      "CLOSE_MATCH 'Saila Rine' looks like person:saila-rinne 'Saila Rinne'",
      "POSSIBLE_DUPLICATE 'Sandra Galina'",
    ]);
    expect(named.plans).toEqual(all.plans);
    expect(totals(named.plans[0]!.relationships).created).toBeGreaterThanOrEqual(4);
  });

  it('an unknown id is an error with the same "did you mean" hint either way', async () => {
    const all = await dry(typo, 'all');
    const named = await dry(typo, 'named');
    expect(all.written).toBe(false);
    const unknown = named.issues.filter((i) => i.code === 'UNKNOWN_REFERENCE');
    expect(unknown.map((i) => i.message)).toEqual([
      "no entity has the id 'person:henna-virkunen' (did you mean person:henna-virkkunen?)",
    ]);
    expect(named.issues.map(formatIssue)).toEqual(all.issues.map(formatIssue));
    expect(named.plans).toEqual([]);
  });

  it('auto reads everything on a small graph, and the named load writes the same graph', async () => {
    const auto = await dry(good, 'auto');
    expect(auto.lookups[0]!.mode).toBe('all');
    const before = await graphFingerprint(driver, db);
    const report = await loadSeeds(driver, db, [good], { lookup: 'named' });
    expect(report.written).toBe(true);
    const speakers = await driver.executeQuery(
      `MATCH (x)-[:SPOKE_AT|HOSTED_BY]-(:Event {id: 'event:lookup-probe-workshop'})
       RETURN x.id AS id ORDER BY id`,
      {},
      { database: db },
    );
    expect(speakers.records.map((r) => r.get('id'))).toEqual([
      'org:dassault-systemes',
      'person:henna-virkkunen',
      'person:mikael-benson',
      'person:saila-rinne',
    ]);
    expect(await graphFingerprint(driver, db)).not.toBe(before);
    const again = await loadSeeds(driver, db, [good], { dryRun: true, lookup: 'named' });
    expect(totals(again.plans[0]!.nodes)).toMatchObject({ created: 0, updated: 0 });
    expect(totals(again.plans[0]!.relationships)).toMatchObject({ created: 0, updated: 0 });
  });

  it('the seed command takes --lookup and says how many existing entities it read', async () => {
    const env = {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: db,
    };
    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, [fromRoot('bin', 'policy-graph.js'), ...args], { env });
    const { stdout } = await cli('seed', '--dry-run', '--lookup', 'named', good);
    expect(stdout).toMatch(/dry run, nothing written · 1 file\(s\) · \d+ warning\(s\)/);
    expect(stdout).toMatch(/resolved against \d+ existing entities \(named look-up\)/);
    await expect(cli('seed', '--dry-run', '--lookup', 'some', good)).rejects.toMatchObject({
      stderr: expect.stringContaining('Allowed choices are auto, all, named'),
    });
  });
});
