import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRowIssue } from '../../../src/import/pipeline/issues.js';
import { readRelease } from '../../../src/import/cordis/read-release.js';
import { organisationXml, projectXml, writeZip } from '../../../harness/cordis-release.js';

const good = projectXml(
  '101137289',
  organisationXml('999978433', 'KATHOLIEKE UNIVERSITEIT LEUVEN'),
);
const issuesOf = async (path: string, maxEntryBytes?: number) =>
  (await readRelease(path, { maxEntryBytes })).issues.map((i) => formatRowIssue(i, '/'));

describe('reading a CORDIS release', () => {
  it('reads a zip as distributed: projects, participations, calls, programme parts', async () => {
    const zip = await writeZip({ 'data/259/259165.xml': good, 'data/README.txt': 'not a project' });
    const release = await readRelease(zip);
    expect(release.issues).toEqual([]);
    expect(release.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [p] = release.records;
    expect(p).toMatchObject({
      where: 'release.zip:data/259/259165.xml',
      grant: '101137289',
      ecMaxContribution: 900000.5,
      keywords: ['twins', 'health'],
      calls: [{ code: 'HORIZON-HLTH-2023-TOOL-05' }],
      programmes: [{ code: 'HORIZON.2.1', title: 'Health' }],
    });
    expect(p!.participations).toMatchObject([
      {
        pic: '999978433',
        role: 'COORDINATOR',
        order: 1,
        ecContribution: 500000,
        activityType: 'HES',
        city: 'Leuven',
      },
    ]);
  });

  it('refuses a file that is not a zip, and a zip cut short', async () => {
    const notZip = await writeZip({ 'a.xml': good });
    writeFileSync(notZip, 'this is text, not a zip archive');
    expect(await issuesOf(notZip)).toEqual([
      expect.stringMatching(/^release\.zip:0 NOT_A_ZIP not a readable zip/),
    ]);
    const zip = await writeZip({ 'a.xml': good, 'b.xml': good.replace('101137289', '101147319') });
    const bytes = readFileSync(zip);
    writeFileSync(zip, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const issues = await issuesOf(zip);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toMatch(/^release\.zip:0 (NOT_A_ZIP|TRUNCATED_ZIP) /);
  });

  it('names the entry and line of an entry that is not XML', async () => {
    const zip = await writeZip({
      'data/1/1.xml': '<project>\n<id>101</id>\n<title>x</titel>\n</project>',
    });
    expect(await issuesOf(zip)).toEqual([
      expect.stringMatching(/^release\.zip:data\/1\/1\.xml:3 NOT_XML /),
    ]);
  });

  it('never expands an entity bomb nor fetches an external entity: a DOCTYPE is refused', async () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<project><id>&lol2;</id></project>`;
    const external = `<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<project><id>101</id><title>&xxe;</title></project>`;
    const zip = await writeZip({ 'bomb.xml': bomb, 'xxe.xml': external });
    const release = await readRelease(zip);
    expect(release.records).toEqual([]);
    expect(release.issues.map((i) => `${i.file} ${i.code}`)).toEqual([
      'release.zip:bomb.xml DOCTYPE_NOT_ALLOWED',
      'release.zip:xxe.xml DOCTYPE_NOT_ALLOWED',
    ]);
    expect(JSON.stringify(release)).not.toContain('root:');
  });

  it('reports a project without an id, and amounts that are not euros', async () => {
    const zip = await writeZip({
      'noid.xml': good.replace('<id>101137289</id>', ''),
      'amounts.xml': projectXml(
        '101000001',
        organisationXml('999999001', 'A', 'type="participant" ecContribution="1e309"') +
          organisationXml('999999002', 'B', 'type="participant" ecContribution="-5"') +
          organisationXml('999999003', 'C', 'type="participant" totalCost="abc"'),
      ),
    });
    const issues = await issuesOf(zip);
    expect(issues).toContainEqual(
      expect.stringMatching(/^release\.zip:noid\.xml:\d+ MISSING_ID the project has no <id>/),
    );
    for (const raw of ['1e309', '-5', 'abc'])
      expect(issues).toContainEqual(
        expect.stringMatching(
          new RegExp(`^release\\.zip:amounts\\.xml:\\d+ INVALID_AMOUNT .*"${raw}"`),
        ),
      );
  });

  it('refuses a 50 MB entry (before reading it) and a name that leaves the archive', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
    const zip = await writeZip({
      'big.xml': Buffer.concat([Buffer.from('<project>'), big, Buffer.from('</project>')]),
      '../evil.xml': good,
    });
    expect(await issuesOf(zip)).toEqual([
      'release.zip:big.xml:0 ENTRY_TOO_LARGE the entry is larger than 16 MB; is this a CORDIS project file?',
      expect.stringMatching(/^release\.zip:\.\.\/evil\.xml:0 UNSAFE_ENTRY_NAME /),
    ]);
  });

  it('keeps text written as CDATA', async () => {
    const zip = await writeZip({
      'c.xml': good.replace(
        '<title>Project 101137289</title>',
        '<title><![CDATA[Cities & Health]]></title>',
      ),
    });
    const release = await readRelease(zip);
    expect(release.issues).toEqual([]);
    expect(release.records[0]?.title).toBe('Cities & Health');
  });

  it('reads a folder of project files, hashed by names and bytes, and says when a path is missing', async () => {
    const zip = await writeZip({ 'a.xml': good });
    const folder = dirname(zip);
    writeFileSync(join(folder, 'b.xml'), good.replace(/101137289/g, '101147319'));
    writeFileSync(join(folder, 'a.xml'), good);
    const release = await readRelease(folder);
    expect(release.records.map((p) => p.grant).sort()).toEqual(['101137289', '101147319']);
    expect(release.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await issuesOf(join(folder, 'missing.zip'))).toEqual([
      expect.stringMatching(/missing\.zip:0 UNREADABLE no such file or folder$/),
    ]);
  });
});
