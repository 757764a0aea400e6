import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCordis } from '../../../src/import/cordis/import.js';
import { formatRowIssue } from '../../../src/import/pipeline/issues.js';
import { graphFingerprint } from '../../../src/neo4j/fingerprint.js';
import { openTestDriver } from '../../../harness/database.js';
import { loadFoundingGraph } from '../../../harness/fixture.js';
import { organisationXml as org, projectXml, writeZip } from '../../../harness/cordis-release.js';

// Each bad release, imported with --on-error stop, names the entry (and line) and writes nothing:
// the graph's fingerprint is the same before and after. With skip, the good project is loaded.
const { driver, connection } = openTestDriver();
const db = connection.database;
const NAME = 'horizon-projects-2025-11-16.zip';
const good = projectXml('101000001', org('999900001', 'GOOD ORGANISATION SA'));
const amounts = (raw: string) =>
  projectXml('101000002', org('999900002', 'A', `type="participant" ecContribution="${raw}"`));

const BAD: Record<string, () => Promise<string>> = {
  'not a zip': async () => {
    const path = await writeZip({ 'a.xml': good }, NAME);
    writeFileSync(path, 'plain text');
    return path;
  },
  'a truncated zip': async () => {
    const path = await writeZip({ 'a.xml': good, 'b.xml': amounts('5') }, NAME);
    writeFileSync(path, readFileSync(path).subarray(0, 300));
    return path;
  },
  'an entry that is not XML': () =>
    writeZip({ 'a.xml': good, 'b.xml': '<project><id>1</titel>' }, NAME),
  'an entity-expansion bomb': () =>
    writeZip(
      { 'a.xml': good, 'b.xml': '<!DOCTYPE l [<!ENTITY a "aaaa">]><project>&a;</project>' },
      NAME,
    ),
  'an external entity': () =>
    writeZip(
      {
        'a.xml': good,
        'b.xml': '<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><project>&x;</project>',
      },
      NAME,
    ),
  'a project without an id': () =>
    writeZip({ 'a.xml': good, 'b.xml': good.replace('<id>101000001</id>', '') }, NAME),
  'an amount 1e309': () => writeZip({ 'a.xml': good, 'b.xml': amounts('1e309') }, NAME),
  'an amount -5': () => writeZip({ 'a.xml': good, 'b.xml': amounts('-5') }, NAME),
  'an amount abc': () => writeZip({ 'a.xml': good, 'b.xml': amounts('abc') }, NAME),
  'a 50 MB entry': () =>
    writeZip({ 'a.xml': good, 'b.xml': Buffer.alloc(50 * 1024 * 1024, 0x20) }, NAME),
  'an entry name with ../': () => writeZip({ 'a.xml': good, '../b.xml': amounts('5') }, NAME),
};

beforeAll(() => loadFoundingGraph(driver, db));
afterAll(() => driver.close());

describe('import cordis: bad input', () => {
  it.each(Object.keys(BAD))('%s: named, and with stop nothing is written', async (what) => {
    const path = await BAD[what]!();
    const before = await graphFingerprint(driver, db);
    const report = await importCordis(driver, db, [path], { judgementsPath: '/none.yaml' });
    expect(report.written).toBe(false);
    expect(report.issues.length).toBeGreaterThan(0);
    const first = formatRowIssue(report.issues[0]!, '/');
    expect(first).toMatch(
      new RegExp(`^${NAME.replace(/\./g, '\\.')}(:(\\.\\./)?b\\.xml)?:\\d+(:\\d+)? [A-Z_]+ `),
    );
    expect(await graphFingerprint(driver, db)).toBe(before);
  });

  it('with skip, loads the good project and lists the bad one', async () => {
    const path = await BAD['an amount abc']!();
    const report = await importCordis(driver, db, [path], {
      judgementsPath: '/none.yaml',
      onError: 'skip',
    });
    expect(report.written).toBe(true);
    expect(report.issues.map((i) => `${i.file} ${i.code}`)).toEqual([
      `${NAME}:b.xml INVALID_AMOUNT`,
    ]);
    const found = await driver.executeQuery(
      `MATCH (p:Project {grantId: '101000001'}) RETURN count(p) AS n`,
      {},
      { database: db },
    );
    expect(Number(found.records[0]!.get('n'))).toBe(1);
  });
});
