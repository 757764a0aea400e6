// Makes the CORDIS subset the repository ships (data/cordis/): the project files of one programme
// part (default HORIZON.2.1, the Health cluster) of a full release, as a zip in the release's own
// layout. Usage:
//   npx tsx scripts/cordis-subset.ts ../shared/data/cordis/horizon-projects-2025-11-16.zip \
//     [--part HORIZON.2.1] [--out data/cordis/horizon-health-2025-11-16.zip]
import { createWriteStream } from 'node:fs';
import { Command } from 'commander';
import yazl from 'yazl';
import { projectRecord } from '../src/import/cordis/project-record.js';
import { releaseEntries } from '../src/import/cordis/release-entries.js';
import { readXmlTree } from '../src/import/cordis/xml-tree.js';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

const program = new Command()
  .argument('<release>', 'a full CORDIS release (zip)')
  .option('--part <code>', 'the programme part to keep, with its sub-parts', 'HORIZON.2.1')
  .option('--out <zip>', 'where to write', 'data/cordis/horizon-health-2025-11-16.zip')
  .parse();
const [release] = program.args as [string];
const { part, out } = program.opts<{ part: string; out: string }>();

const zip = new yazl.ZipFile();
const done = finished(zip.outputStream.pipe(createWriteStream(out)));
let kept = 0;
let read = 0;
for await (const item of releaseEntries(release)) {
  if (!item.entry) continue;
  const chunks: Buffer[] = [];
  for await (const c of await item.entry.open()) chunks.push(c as Buffer);
  const bytes = Buffer.concat(chunks);
  read++;
  const { project } = projectRecord(
    item.entry.where,
    await readXmlTree(Readable.from([bytes]), bytes.length + 1),
  );
  const inPart = project?.programmes.some(
    (p) => p.code === part || (p.parents ?? []).includes(part),
  );
  if (!inPart) continue;
  // A fixed date: the same release makes the same bytes.
  zip.addBuffer(bytes, item.entry.name, { mtime: new Date('2025-11-16T00:00:00Z') });
  kept++;
}
zip.end();
await done;
console.log(`${out}: ${kept} of ${read} projects (programme part ${part})`);
