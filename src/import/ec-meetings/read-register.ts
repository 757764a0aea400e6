import { createHash } from 'node:crypto';
import type { FileRead } from '../pipeline/adapter.js';
import { RowIssueCode, rowIssue, type RowIssue } from '../pipeline/issues.js';
import { readLines } from '../pipeline/read-lines.js';
import { checkLine, type MeetingRow } from './row-schema.js';

/**
 * Reads one register file once: each line is decoded and checked, valid rows kept, problems
 * collected, every byte hashed. A file whose first line is not a JSON object is reported once
 * (NOT_JSONL), not line by line.
 */
export async function readRegister(
  file: string,
  options: { readonly maxLineBytes?: number } = {},
): Promise<FileRead<MeetingRow>> {
  const issues: RowIssue[] = [];
  const records: MeetingRow[] = [];
  const hash = createHash('sha256');
  let first = true;
  try {
    for await (const line of readLines(file, options.maxLineBytes, hash)) {
      const checked = line.issue
        ? { issue: line.issue }
        : checkLine(file, line.line, line.text, first);
      first = false;
      if (checked.issue) {
        issues.push(checked.issue);
        if (checked.issue.code === RowIssueCode.NOT_JSONL) break;
      } else records.push(checked.row!);
    }
  } catch (error) {
    issues.push(rowIssue(file, 0, RowIssueCode.UNREADABLE, (error as Error).message));
  }
  if (records.length === 0 && issues.length === 0)
    issues.push(rowIssue(file, 1, RowIssueCode.EMPTY_FILE, 'the file has no rows'));
  return { file, sha256: hash.digest('hex'), records, issues };
}
