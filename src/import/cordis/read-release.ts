import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import type { FileRead } from '../pipeline/adapter.js';
import { sha256Of } from '../pipeline/dataset-state.js';
import { RowIssueCode, rowIssue, type RowIssue } from '../pipeline/issues.js';
import { projectRecord, type CordisProject } from './project-record.js';
import { DEFAULT_MAX_ENTRY_BYTES, releaseEntries } from './release-entries.js';
import { readXmlTree, XmlError } from './xml-tree.js';

export interface ReadReleaseOptions {
  readonly maxEntryBytes?: number;
  readonly onProgress?: (entries: number) => void;
}

/**
 * Reads a CORDIS release (a zip as distributed, or a folder of project files): every project file
 * parsed and checked one at a time (memory holds one file's tree, plus the records kept), each
 * problem an issue `zip:entry:line CODE message`.
 */
export async function readRelease(
  path: string,
  options: ReadReleaseOptions = {},
): Promise<FileRead<CordisProject>> {
  const max = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  if (!existsSync(path))
    return {
      file: path,
      sha256: '',
      records: [],
      issues: [rowIssue(path, 0, RowIssueCode.UNREADABLE, 'no such file or folder')],
    };
  // Hashed before it is read, and its size and date compared after: a release replaced while it
  // is read is reported, never recorded with a hash of other bytes.
  const before = statSync(path);
  const sha256 = before.isFile() ? await sha256Of(path) : await folderSha256(path);
  const records: CordisProject[] = [];
  const issues: RowIssue[] = [];
  let entries = 0;
  for await (const item of releaseEntries(path, max)) {
    if (item.issue) {
      issues.push(item.issue);
      continue;
    }
    const { where } = item.entry;
    try {
      const tree = await readXmlTree(await item.entry.open(), max);
      const { project, issues: found } = projectRecord(where, tree);
      if (project) records.push(project);
      issues.push(...found);
    } catch (error) {
      const xml = error instanceof XmlError ? error : undefined;
      const code = xml?.code ?? RowIssueCode.UNREADABLE;
      issues.push(rowIssue(where, xml?.line ?? 0, code, (error as Error).message, xml?.column));
    }
    options.onProgress?.(++entries);
  }
  if (records.length === 0 && issues.length === 0)
    issues.push(rowIssue(path, 0, RowIssueCode.EMPTY_FILE, 'the release holds no project file'));
  const after = statSync(path);
  if (after.size !== before.size || after.mtimeMs !== before.mtimeMs)
    issues.push(
      rowIssue(
        path,
        0,
        RowIssueCode.UNREADABLE,
        'the release changed while it was read; read it again',
      ),
    );
  return { file: path, sha256, records, issues };
}

/** A folder release's hash: every *.xml file's path (relative, sorted) and bytes. */
async function folderSha256(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const item of releaseEntries(dir, Number.MAX_SAFE_INTEGER)) {
    if (!item.entry) continue;
    hash.update(`${item.entry.name}\0`);
    for await (const chunk of await item.entry.open()) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
