import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import yazl from 'yazl';
import { releaseEntries } from '../../src/import/cordis/release-entries.js';

export interface Edits {
  readonly closed: number;
  readonly dropped: number;
  readonly added: number;
}

/**
 * A later release made from an earlier one, as the next publication would be: every project file
 * again, with every 50th project CLOSED, every 97th losing its last participant, and 1 in 200
 * copied as a new project (another grant number). Written to a temporary folder, named for `date`.
 */
export async function laterRelease(
  release: string,
  date: string,
): Promise<{ path: string; edits: Edits }> {
  const name = basename(release).replace(/\d{4}-\d{2}-\d{2}/, date);
  const path = join(mkdtempSync(join(tmpdir(), 'pg-later-')), name);
  if (name === basename(release)) throw new Error(`${release}: no date in the name to replace`);
  const zip = new yazl.ZipFile();
  const done = finished(zip.outputStream.pipe(createWriteStream(path)));
  const edits = { closed: 0, dropped: 0, added: 0 };
  let i = 0;
  for await (const item of releaseEntries(release)) {
    if (!item.entry) continue;
    const chunks: Buffer[] = [];
    for await (const c of await item.entry.open()) chunks.push(c as Buffer);
    let xml = Buffer.concat(chunks).toString('utf8');
    i++;
    if (i % 50 === 0 && xml.includes('<status>SIGNED</status>')) {
      xml = xml.replace('<status>SIGNED</status>', '<status>CLOSED</status>');
      edits.closed++;
    }
    if (i % 97 === 0) {
      const last = xml.lastIndexOf('<organization ');
      const end = xml.indexOf('</organization>', last);
      if (last > 0 && end > last && xml.indexOf('<organization ') !== last) {
        xml = xml.slice(0, last) + xml.slice(end + '</organization>'.length);
        edits.dropped++;
      }
    }
    zip.addBuffer(Buffer.from(xml), item.entry.name);
    if (i % 200 === 0) {
      const copy = xml.replace(
        /<id>(\d+)<\/id>/,
        (_, id: string) => `<id>${Number(id) + 900000000}</id>`,
      );
      zip.addBuffer(Buffer.from(copy), item.entry.name.replace(/\.xml$/, '-new.xml'));
      edits.added++;
    }
  }
  zip.end();
  await done;
  return { path, edits };
}
