import { z } from 'zod';
import { RowIssueCode, rowIssue, type RowIssue } from '../pipeline/issues.js';
import { cleanText, parseRegisterDate } from '../../model/names/normalise.js';

/** Longest accepted name (official or organisation) and subject entry, in characters. */
export const MAX_NAME = 300;
export const MAX_SUBJECT = 5000;

const name = z.string().trim().min(1).max(MAX_NAME);

/** One line of the register export, exactly these five keys (data/ec-meetings/README.md). */
export const RowSchema = z.strictObject({
  'EU Member': z.array(name).min(1),
  Date: z.string(),
  Location: z.string().max(MAX_NAME),
  Entities: z.array(name).min(1),
  Subjects: z.array(z.string().max(MAX_SUBJECT)).min(1),
});

/** A valid row, cleaned: ISO date, names trimmed, subject entries joined. */
export interface MeetingRow {
  readonly file: string;
  readonly line: number;
  readonly officials: readonly string[];
  readonly date: string;
  readonly location: string | undefined;
  readonly organisations: readonly string[];
  readonly subject: string;
}

export type Checked = { row: MeetingRow; issue?: undefined } | { row?: undefined; issue: RowIssue };

/** Parses and checks one line; the first problem found is the row's issue. */
export function checkLine(file: string, line: number, text: string, firstLine: boolean): Checked {
  const fail = (code: RowIssueCode, message: string): Checked => ({
    issue: rowIssue(file, line, code, message),
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = (error as Error).message;
    if (firstLine && !text.trimStart().startsWith('{'))
      return fail(RowIssueCode.NOT_JSONL, `not a JSONL file (one JSON object per line): ${why}`);
    return fail(RowIssueCode.MALFORMED_JSON, `malformed JSON: ${why}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(
      firstLine ? RowIssueCode.NOT_JSONL : RowIssueCode.NOT_AN_OBJECT,
      `expected one JSON object per line, found ${Array.isArray(value) ? 'an array' : typeof value}`,
    );
  const parsed = RowSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const [code, message] = describe(first, value as Record<string, unknown>);
    return fail(code, message);
  }
  const row = parsed.data;
  const date = parseRegisterDate(row.Date);
  if (!date)
    return fail(
      RowIssueCode.INVALID_DATE,
      `'Date' ${JSON.stringify(row.Date)} is not a calendar day written dd/mm/yyyy`,
    );
  const subject = row.Subjects.map(cleanText).filter(Boolean).join('; ');
  if (!subject) return fail(RowIssueCode.EMPTY_LIST, `'Subjects' has no text`);
  return {
    row: {
      file,
      line,
      officials: [...new Set(row['EU Member'].map(cleanText))],
      date,
      location: cleanText(row.Location) || undefined,
      organisations: [...new Set(row.Entities.map(cleanText))],
      subject,
    },
  };
}

function describe(issue: z.core.$ZodIssue, value: Record<string, unknown>): [RowIssueCode, string] {
  const key = String(issue.path[0] ?? '');
  const where = issue.path.length > 1 ? `'${key}'[${String(issue.path[1])}]` : `'${key}'`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return [
        RowIssueCode.UNKNOWN_KEY,
        `unknown key(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`,
      ];
    case 'invalid_type':
      if (issue.path.length === 1 && !(key in value))
        return [RowIssueCode.MISSING_KEY, `missing key '${key}'`];
      return [RowIssueCode.INVALID_VALUE, `${where}: expected ${issue.expected}`];
    case 'too_small':
      return issue.origin === 'array'
        ? [RowIssueCode.EMPTY_LIST, `${where} is an empty list`]
        : [RowIssueCode.INVALID_VALUE, `${where} is empty`];
    case 'too_big':
      return [RowIssueCode.TOO_LONG, `${where} is longer than ${String(issue.maximum)} characters`];
    default:
      return [RowIssueCode.INVALID_VALUE, `${where}: ${issue.message}`];
  }
}
