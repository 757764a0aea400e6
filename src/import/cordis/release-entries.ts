import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { RowIssueCode, rowIssue, type RowIssue } from '../pipeline/issues.js';

/** The largest project file accepted: the real ones are under 1 MB; a 50 MB entry is refused. */
export const DEFAULT_MAX_ENTRY_BYTES = 16 * 1024 * 1024;

/** One project file of a release: where it is, and a stream of its bytes (bounded). */
export interface ReleaseEntry {
  /** `horizon-projects-2025-11-16.zip:data/259/259165.xml` (or the file's path in a folder). */
  readonly where: string;
  readonly name: string;
  open(): Promise<Readable>;
}

export type EntryOrIssue =
  { entry: ReleaseEntry; issue?: undefined } | { entry?: undefined; issue: RowIssue };

/** Entry names that could escape a folder or hide: `../x.xml`, `/etc/x.xml`, `C:\x.xml`. */
const unsafeName = (name: string): boolean =>
  name.split(/[\\/]/).includes('..') ||
  name.startsWith('/') ||
  /^[a-zA-Z]:/.test(name) ||
  name.includes('\0');

/**
 * The project files of a release, one at a time: a zip's entries streamed as distributed (nothing
 * unpacked to disk) or a folder's *.xml files. Problems of the archive itself (not a zip, cut
 * short) and of an entry (an unsafe name, too large) come as issues naming the file and entry.
 */
export async function* releaseEntries(
  path: string,
  maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES,
): AsyncGenerator<EntryOrIssue> {
  if (statSync(path).isDirectory()) {
    for (const file of xmlFiles(path)) {
      // Named from the folder, as a zip's entries are from the zip: the same wherever it runs.
      const where = `${basename(path)}/${relative(path, file)}`;
      if (statSync(file).size > maxEntryBytes) yield { issue: tooLarge(where, maxEntryBytes) };
      else
        yield {
          entry: { where, name: relative(path, file), open: async () => createReadStream(file) },
        };
    }
    return;
  }
  yield* zipEntries(path, maxEntryBytes);
}

function xmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? xmlFiles(join(dir, e.name))
        : e.name.endsWith('.xml')
          ? [join(dir, e.name)]
          : [],
    )
    .sort();
}

const tooLarge = (where: string, max: number): RowIssue =>
  rowIssue(
    where,
    0,
    RowIssueCode.ENTRY_TOO_LARGE,
    `the entry is larger than ${max / 1024 / 1024} MB; is this a CORDIS project file?`,
  );

async function* zipEntries(path: string, maxEntryBytes: number): AsyncGenerator<EntryOrIssue> {
  const zip = basename(path);
  let file: ZipFile;
  try {
    file = await openZip(path);
  } catch (error) {
    yield {
      issue: rowIssue(
        zip,
        0,
        RowIssueCode.NOT_A_ZIP,
        `not a readable zip archive (${(error as Error).message})`,
      ),
    };
    return;
  }
  let current: Readable | undefined;
  const open = async (entry: Entry) => (current = await openEntry(file, entry));
  try {
    for (;;) {
      const entry = await nextEntry(file);
      if (!entry) return;
      const name = nameOf(entry);
      if (name.endsWith('/')) continue;
      const where = `${zip}:${name}`;
      if (unsafeName(name))
        yield {
          issue: rowIssue(
            where,
            0,
            RowIssueCode.UNSAFE_ENTRY_NAME,
            'the entry name leaves the archive (.. or an absolute path); not read',
          ),
        };
      else if (!name.endsWith('.xml')) continue;
      else if (entry.uncompressedSize > maxEntryBytes)
        yield { issue: tooLarge(where, maxEntryBytes) };
      else yield { entry: { where, name, open: () => open(entry) } };
    }
  } catch (error) {
    yield {
      issue: rowIssue(
        zip,
        0,
        RowIssueCode.TRUNCATED_ZIP,
        `the archive is cut short or damaged (${(error as Error).message})`,
      ),
    };
  } finally {
    current?.destroy(); // a consumer that stopped early leaves no descriptor open
    file.close();
  }
}

/** The entry's name as UTF-8 (names are raw bytes with decodeStrings off). */
const nameOf = (entry: Entry): string => {
  const raw = entry.fileName as unknown;
  return Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
};

const openZip = (path: string): Promise<ZipFile> =>
  new Promise((resolve, reject) =>
    yauzl.open(
      path,
      // decodeStrings off: yauzl would end the whole archive at an unsafe name; this reader reports
      // the entry and goes on.
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true },
      (error, zip) => (error ? reject(error) : resolve(zip)),
    ),
  );

/** The next entry, or undefined at the end of the central directory. */
function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    };
    const onEntry = (entry: Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(undefined));
    const onError = (error: Error) => (cleanup(), reject(error));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

const openEntry = (zip: ZipFile, entry: Entry): Promise<Readable> =>
  new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))),
  );

/** How many entries a release holds (a zip's central directory, a folder's *.xml files). */
export async function countEntries(path: string): Promise<number> {
  if (statSync(path).isDirectory()) return xmlFiles(path).length;
  try {
    const zip = await openZip(path);
    zip.close();
    return zip.entryCount;
  } catch {
    return 0;
  }
}
