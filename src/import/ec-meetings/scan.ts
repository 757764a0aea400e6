import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { RowIssueCode, rowIssue, type RowIssue } from './issues.js';
import { readLines } from './read-lines.js';
import { checkLine, type MeetingRow } from './row-schema.js';

/** What one pass over a file saw: valid rows are passed to `onRow`, problems collected. */
export interface FileScan {
  readonly file: string;
  readonly sha256: string;
  readonly rows: number;
  readonly issues: RowIssue[];
}

/**
 * Streams one file: each line is read, decoded and checked; valid rows go to `onRow`. A file whose
 * first line is not a JSON object is reported once (NOT_JSONL), not line by line.
 */
export async function scanFile(
  file: string,
  onRow: (row: MeetingRow) => void | Promise<void>,
  maxLineBytes?: number,
): Promise<FileScan> {
  const issues: RowIssue[] = [];
  let rows = 0;
  let first = true;
  try {
    for await (const line of readLines(file, maxLineBytes)) {
      const checked = line.issue
        ? { issue: line.issue }
        : checkLine(file, line.line, line.text, first);
      first = false;
      if (checked.issue) {
        issues.push(checked.issue);
        if (checked.issue.code === RowIssueCode.NOT_JSONL) break;
        continue;
      }
      rows++;
      try {
        await onRow(checked.row!);
      } catch (error) {
        throw new RowHandlerError(error);
      }
    }
  } catch (error) {
    if (error instanceof RowHandlerError) throw error.cause;
    issues.push(rowIssue(file, 0, RowIssueCode.UNREADABLE, (error as Error).message));
  }
  if (rows === 0 && issues.length === 0)
    issues.push(rowIssue(file, 1, RowIssueCode.EMPTY_FILE, 'the file has no rows'));
  return { file, sha256: await sha256Of(file).catch(() => ''), rows, issues };
}

/** An error of the caller's row handler: passed through, not reported as an unreadable file. */
class RowHandlerError extends Error {
  constructor(override readonly cause: unknown) {
    super('row handler failed');
  }
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
