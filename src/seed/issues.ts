/**
 * Problems found in seed files. Every issue names its place (file:line:col) and a public code;
 * errors stop a load, warnings are reported and do not.
 */
export const SeedIssueCode = {
  /** The file cannot be read (missing, a directory, no permission). */
  FILE_UNREADABLE: 'FILE_UNREADABLE',
  /** The file is empty or holds only comments. */
  EMPTY_FILE: 'EMPTY_FILE',
  /** The file is not UTF-8 text (NUL bytes or invalid UTF-8). */
  BINARY_FILE: 'BINARY_FILE',
  /** The file is larger than the loader accepts (--max-file-mb). */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** The YAML does not parse. */
  YAML_SYNTAX: 'YAML_SYNTAX',
  /** A value has the wrong type, a required field is missing, or an enum value is unknown. */
  INVALID_VALUE: 'INVALID_VALUE',
  /** A key the format does not know (often a typo). */
  UNKNOWN_KEY: 'UNKNOWN_KEY',
  /** An id that is not `<prefix>:<slug>` with a known prefix. */
  BAD_ID: 'BAD_ID',
  /** A date that is not a real calendar date (2025-13-40), or an end before its start. */
  BAD_DATE: 'BAD_DATE',
  /** The file has no `source`, or its text copy is missing or does not match its sha256. */
  MISSING_SOURCE: 'MISSING_SOURCE',
  /**
   * `source.text` is not a readable regular file inside the seed file's folder (its `sources/`),
   * or is too large.
   */
  BAD_SOURCE_TEXT: 'BAD_SOURCE_TEXT',
  /**
   * A span the file quotes from its source — a relationship's `evidence`, a `quote`, an
   * `asWritten`, a verbatim statement's `text` — that is not in the source's text copy (case,
   * white space, typographic quotes and dashes aside; "…" leaves words out).
   */
  SPAN_NOT_IN_TEXT: 'SPAN_NOT_IN_TEXT',
  /** A relationship from an entity to itself, which no relationship type allows. */
  SELF_LOOP: 'SELF_LOOP',
  /** The same id declared twice in one file. */
  DUPLICATE_ID: 'DUPLICATE_ID',
  /**
   * Warning: a document states a value that another document (in this load or in the graph) states
   * differently. Both values are kept with their sources; the node shows one by a fixed rule.
   */
  CONFLICTING_VALUE: 'CONFLICTING_VALUE',
  /** One document states two different values for one property. */
  CONTRADICTORY_SOURCE: 'CONTRADICTORY_SOURCE',
  /** A relationship type the model does not have. */
  UNKNOWN_RELATIONSHIP_TYPE: 'UNKNOWN_RELATIONSHIP_TYPE',
  /** A relationship between labels its type does not allow. */
  WRONG_ENDPOINT: 'WRONG_ENDPOINT',
  /** A reference that matches no id, name or alias. */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** A name or alias that matches more than one entity. */
  AMBIGUOUS_REFERENCE: 'AMBIGUOUS_REFERENCE',
  /** Warning: a reference resolved by close spelling only (never silently). */
  CLOSE_MATCH: 'CLOSE_MATCH',
  /** Warning: a new entity whose name is (nearly) that of another entity of the same label. */
  POSSIBLE_DUPLICATE: 'POSSIBLE_DUPLICATE',
  /**
   * Warning: an id that was merged into another (`policy-graph merge`): read as the kept id, a
   * declaration of it as a patch of the kept entity. The message names both ids.
   */
  REDIRECTED: 'REDIRECTED',
} as const;

export type SeedIssueCode = (typeof SeedIssueCode)[keyof typeof SeedIssueCode];

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface SeedIssue extends Position {
  readonly file: string;
  readonly code: SeedIssueCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export const WARNING_CODES = new Set<SeedIssueCode>([
  SeedIssueCode.CLOSE_MATCH,
  SeedIssueCode.POSSIBLE_DUPLICATE,
  SeedIssueCode.CONFLICTING_VALUE,
  SeedIssueCode.REDIRECTED,
]);

export function issue(file: string, at: Position, code: SeedIssueCode, message: string): SeedIssue {
  const severity = WARNING_CODES.has(code) ? 'warning' : 'error';
  return { file, line: at.line, col: at.col, code, severity, message };
}

/** `file:line:col CODE message` (warnings say so). */
export function formatIssue(i: SeedIssue): string {
  const tag = i.severity === 'warning' ? `warning ${i.code}` : i.code;
  return `${i.file}:${i.line}:${i.col} ${tag} ${i.message}`;
}

export const hasErrors = (issues: readonly SeedIssue[]): boolean =>
  issues.some((i) => i.severity === 'error');
