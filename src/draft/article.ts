import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { readUtf8File } from '../seed/read/read-text.js';
import { oneDay, openingOf } from './page-opening.js';

/** An article to draft from: the text after an optional `key: value` header ended by `---`. */
export interface Article {
  readonly file: string;
  readonly absolute: string;
  /** The whole file, as read (the draft's `sha256` is of these bytes). */
  readonly text: string;
  /** `source:`, `publisher:`, `url:`, `date:`… lines before a `---` line, if the file has them. */
  readonly header: ReadonlyMap<string, string>;
  /** What is drafted from; evidence spans are cut from it. */
  readonly body: string;
  /** The body's title: its first line when it reads like one (short, no full stop). */
  readonly title: string | undefined;
  /** A masthead above a release's label, in capitals: "COUNCIL OF THE EUROPEAN UNION". */
  readonly masthead?: string;
  /** The publication a first line "Name | Section" names: "HEALTH POLICY QUARTERLY | Opinion". */
  readonly site?: string;
}

/** Articles over this are refused (a news item is a few KB; the seed loader's text limit is 16 MB). */
export const DEFAULT_MAX_ARTICLE_MB = 2;

/** Reads an article, or throws DRAFT_INPUT_INVALID naming the file (and place) and what is wrong. */
export function readArticle(path: string, maxMb = DEFAULT_MAX_ARTICLE_MB): Article {
  const read = readUtf8File(path, maxMb);
  if ('code' in read) {
    throw new AppError(
      ErrorCode.DRAFT_INPUT_INVALID,
      `${read.file}:${read.line}:${read.col} ${read.code} ${read.message.replace(/--max-file-mb/, '--max-mb')}`,
    );
  }
  const { header, body } = splitHeader(read.text);
  if (!header.size) for (const [k, v] of leadingFields(body)) header.set(k, v);
  if (!/[\p{L}\p{N}]/u.test(body)) {
    throw new AppError(
      ErrorCode.DRAFT_INPUT_INVALID,
      `${read.file}:1:1 EMPTY_FILE there is no text to draft from (no letters or digits${header.size ? ' after the header' : ''})`,
    );
  }
  const { title, masthead, site } = openingOf(body);
  return {
    ...read,
    header,
    body,
    title,
    ...(masthead ? { masthead } : {}),
    ...(site ? { site } : {}),
  };
}

const HEADER_LINE = /^([a-z][\w-]*):\s*(.*)$/i;

function splitHeader(text: string): { header: Map<string, string>; body: string } {
  const lines = text.split('\n');
  const end = lines.findIndex((line) => line.trim() === '---');
  const header = new Map<string, string>();
  if (end <= 0 || !lines.slice(0, end).every((l) => HEADER_LINE.test(l) || !l.trim())) {
    return { header, body: text };
  }
  for (const line of lines.slice(0, end)) {
    const m = HEADER_LINE.exec(line);
    if (m) header.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return { header, body: lines.slice(end + 1).join('\n') };
}

/** Notes without a header: `url: …` (and `publisher:`, `date:`) lines just under the title. */
function leadingFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  const lines = body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(1, 4);
  for (const line of lines) {
    const m = /^(url|publisher|date|published):\s*(\S.*)$/i.exec(line);
    if (!m) break;
    const key = m[1]!.toLowerCase();
    // (a line of the text, not a curator's header: "Date: 21-22 April 2026" is a meeting's days,
    // no page date; a date is taken only when it is one day)
    const value = /^(?:date|published)$/.test(key) ? oneDay(m[2]!) : m[2]!.trim();
    if (value) fields.set(key, value);
  }
  return fields;
}
