import { relative } from 'node:path';

/** Problems of a dataset file, row or entry; each is reported as `file:line CODE message`. */
export const RowIssueCode = {
  EMPTY_FILE: 'EMPTY_FILE',
  NOT_JSONL: 'NOT_JSONL',
  MALFORMED_JSON: 'MALFORMED_JSON',
  NOT_UTF8: 'NOT_UTF8',
  LINE_TOO_LONG: 'LINE_TOO_LONG',
  NOT_AN_OBJECT: 'NOT_AN_OBJECT',
  MISSING_KEY: 'MISSING_KEY',
  UNKNOWN_KEY: 'UNKNOWN_KEY',
  INVALID_VALUE: 'INVALID_VALUE',
  INVALID_DATE: 'INVALID_DATE',
  EMPTY_LIST: 'EMPTY_LIST',
  TOO_LONG: 'TOO_LONG',
  UNREADABLE: 'UNREADABLE',
  NOT_A_ZIP: 'NOT_A_ZIP',
  TRUNCATED_ZIP: 'TRUNCATED_ZIP',
  UNSAFE_ENTRY_NAME: 'UNSAFE_ENTRY_NAME',
  ENTRY_TOO_LARGE: 'ENTRY_TOO_LARGE',
  NOT_XML: 'NOT_XML',
  DOCTYPE_NOT_ALLOWED: 'DOCTYPE_NOT_ALLOWED',
  MISSING_ID: 'MISSING_ID',
  INVALID_AMOUNT: 'INVALID_AMOUNT',
} as const;
export type RowIssueCode = (typeof RowIssueCode)[keyof typeof RowIssueCode];

export interface RowIssue {
  readonly file: string;
  readonly line: number;
  readonly code: RowIssueCode;
  readonly message: string;
  /** The column, where the reader knows it (XML). */
  readonly column?: number;
}

export function rowIssue(
  file: string,
  line: number,
  code: RowIssueCode,
  message: string,
  column?: number,
): RowIssue {
  return column === undefined
    ? { file, line, code, message }
    : { file, line, code, message, column };
}

/** `data/ec-meetings/x.jsonl:12 INVALID_DATE 'Date' 31/02/2020 is not a calendar date`. */
export function formatRowIssue(issue: RowIssue, cwd = process.cwd()): string {
  const file = issue.file.startsWith('/') ? relative(cwd, issue.file) : issue.file;
  const at = issue.column === undefined ? `${issue.line}` : `${issue.line}:${issue.column}`;
  return `${file}:${at} ${issue.code} ${issue.message}`;
}
