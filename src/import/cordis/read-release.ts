import { statSync } from 'node:fs';
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
      const code = error instanceof XmlError ? error.code : RowIssueCode.UNREADABLE;
      const line = error instanceof XmlError ? error.line : 0;
      issues.push(rowIssue(where, line, code, (error as Error).message));
    }
    options.onProgress?.(++entries);
  }
  if (records.length === 0 && issues.length === 0)
    issues.push(rowIssue(path, 0, RowIssueCode.EMPTY_FILE, 'the release holds no project file'));
  const sha256 = statSync(path).isFile() ? await sha256Of(path) : '';
  return { file: path, sha256, records, issues };
}
