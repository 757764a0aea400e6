import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';

/** A small project file in the release's format; `extra` goes inside <project>. */
export function projectXml(grant: string, organisations: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<project>
  <rcn>1${grant.slice(-5)}</rcn>
  <id>${grant}</id>
  <acronym>P${grant.slice(-3)}</acronym>
  <title>Project ${grant}</title>
  <totalCost>1000000</totalCost>
  <ecMaxContribution>900000.5</ecMaxContribution>
  <startDate>2024-01-01</startDate>
  <endDate>2027-12-31</endDate>
  <status>SIGNED</status>
  <keywords>twins, health</keywords>${extra}
  <relations>
    <associations>
      <call type="relatedMasterCall"><identifier>HORIZON-HLTH-2023-TOOL-05</identifier><title>HORIZON-HLTH-2023-TOOL-05</title></call>
      ${organisations}
      <programme type="relatedLegalBasis"><code>HORIZON.2.1</code><title>Health</title></programme>
    </associations>
  </relations>
</project>
`;
}

/** One <organization> of a project. */
export function organisationXml(
  pic: string,
  name: string,
  attrs = 'type="coordinator" order="1" ecContribution="500000"',
): string {
  return `<organization ${attrs} sme="false" terminated="false">
        <id>${pic}</id>
        <legalName>${name}</legalName>
        <address><city>Leuven</city><country>BE</country></address>
        <relations><categories><category classification="organizationActivityType"><code>/HES</code><title>Higher or Secondary Education Establishments</title></category></categories></relations>
      </organization>`;
}

/** Writes a zip of these entries (name → text or bytes) to a temporary folder. */
export async function writeZip(
  entries: Record<string, string | Buffer>,
  name = 'release.zip',
): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'pg-cordis-')), name);
  const zip = new yazl.ZipFile();
  for (const [entry, content] of Object.entries(entries))
    zip.addBuffer(
      Buffer.isBuffer(content) ? content : Buffer.from(content),
      entry.replace(/^\.\.\//, 'xx/'),
    );
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  let bytes = Buffer.concat(chunks);
  for (const entry of Object.keys(entries).filter((e) => e.startsWith('../')))
    bytes = Buffer.from(
      bytes.toString('latin1').replaceAll(entry.replace(/^\.\.\//, 'xx/'), entry),
      'latin1',
    );
  writeFileSync(path, bytes);
  return path;
}
