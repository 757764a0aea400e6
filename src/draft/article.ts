import * as chrono from 'chrono-node';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { readUtf8File } from '../seed/read/read-text.js';
import { findDateline, titleCase } from './dateline.js';
import { isDateLine, lineParts, publicationLine } from './page-date.js';
import { isoDay } from './iso-dates.js';
import { isSectionLabel, isSiteName } from './site-names.js';
import { isPageLabel, LABEL_AND_NAME, RELEASE_LABEL } from './page-labels.js';

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

/**
 * The body's opening: a masthead in capitals above a release's label ("COUNCIL OF THE EUROPEAN
 * UNION" over "PRESS RELEASE 512/26") names the publisher; the title is the first line after the
 * labels (and after a dateline on a line of its own under a label).
 */
function openingOf(body: string): { title?: string; masthead?: string; site?: string } {
  const all = body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 8);
  // "HEALTH POLICY QUARTERLY | Opinion", "European Commission - Daily News": a publication's name
  const opening = all.length > 1 ? siteAndSection(all[0]!) : undefined;
  const section = opening && isSiteName(opening) ? opening : undefined;
  // "Title" over "Brussels Digital Health Brief | 30 June 2025": the publication, then the date
  const dated = all.slice(1, 3).map(publicationLine).find(Boolean);
  const site = section ? titleCase(section) : dated;
  const lines = section ? all.slice(1) : all;
  // "PRESS RELEASE – Universitätsklinikum Niederbayern (UKNB)": a label naming its publisher
  const named = lines.slice(0, 3).findIndex((l) => LABEL_AND_NAME.test(l));
  const label = named >= 0 ? named : lines.slice(0, 5).findIndex((l) => RELEASE_LABEL.test(l));
  // "Nordic Health Alliance" over "Home > News > Letters": the site's name above its breadcrumbs
  const crumbs = lines.slice(0, 3).findIndex(isBreadcrumbs);
  const siteAbove = crumbs === 1 && isSiteName(lines[0]!);
  const above = lines.slice(0, Math.max(label, 0));
  const masthead =
    named >= 0
      ? LABEL_AND_NAME.exec(lines[named]!)![1]!.replace(/\s*\([^)]*\)$/, '')
      : (mastheadOf(above) ?? (siteAbove ? lines[0] : undefined));
  const rest =
    siteAbove && label < 0 ? lines.slice(crumbs + 1) : masthead ? lines.slice(label + 1) : lines;
  // ("[Unofficial translation from Portuguese.]": an editor's note in brackets is no title)
  // ("Agora Institute › Publications › Policy Briefs": a site's breadcrumbs are no title)
  let at = rest.findIndex(
    (l) =>
      !RELEASE_LABEL.test(l) &&
      !LABEL_AND_NAME.test(l) &&
      !isPageLabel(l) &&
      !/^\[.*\]$/.test(l) &&
      !oneDay(l) &&
      !isBreadcrumbs(l) &&
      !isPartsWithDate(l),
  );
  const dateline = at >= 0 ? findDateline(rest[at]!) : undefined;
  if (label >= 0 && dateline?.start === 0 && dateline.end >= rest[at]!.length - 1) at++;
  const title = at >= 0 && rest[at] ? titleOf(rest[at]!) : undefined;
  return {
    ...(title ? { title } : {}),
    ...(masthead ? { masthead } : {}),
    ...(site ? { site } : {}),
  };
}

/** "HEALTH POLICY QUARTERLY | Opinion", "Corvena Labs Blog": the site's name before its section. */
function siteAndSection(line: string): string | undefined {
  const parts = line.split(/\s+[|–—-]\s+/);
  if (parts.length === 2 && isSectionLabel(parts[1]!)) return parts[0]!.trim();
  return /^(.{3,60}?)\s+(?:Blog|Newsroom)$/i.exec(line)?.[1];
}

/**
 * "Press Releases | SANT | 18-11-2026 - 17:42", "14 April 2026 · Brussels": a line of parts, one
 * a date: the page's labels or an event's line, no title.
 */
const isPartsWithDate = (line: string): boolean => {
  const parts = lineParts(line);
  return parts.length >= 2 && parts.some(isDateLine);
};

/** "Home > News & positions > Open letters": a site's path to the page. */
const isBreadcrumbs = (line: string): boolean => /\s[›»>]\s.*\s[›»>]\s/.test(line);

/**
 * "PORTUGUESE REPUBLIC / MINISTRY OF HEALTH / Press Office" above a release's label: the lines in
 * capitals name the publisher; over a press office's line, the last of them is its body.
 */
function mastheadOf(above: readonly string[]): string | undefined {
  const named = above.filter(
    (l) => !/^(?:press|media|communications?)\s+(?:office|service|unit)$/i.test(l),
  );
  if (!named.length || !named.every((l) => l === l.toUpperCase() && /\p{L}{3}/u.test(l)))
    return undefined;
  return named.length < above.length ? named.at(-1) : named.join(' ');
}

function titleOf(first: string): string | undefined {
  const title = first.replace(/^#+\s*/, '').replace(/^[A-Z]\.\s+/, '');
  if (findDateline(title)?.start === 0) return undefined; // "Porto, 8 October 2026": a dateline
  // ("Synthetic health data: what can be trusted?": a short question is a title; a sentence is not)
  const sentence = /[.!]$/.test(title) || (title.endsWith('?') && title.length > 140);
  return title.length <= 200 && !sentence && !title.startsWith('-') ? title : undefined;
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

/** "2026-03-04", "4 March 2026" → YYYY-MM-DD; undefined for a range or a vague date. */
function oneDay(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return text.trim();
  // (day first, as European pages write "04/03/2026"; read from the parsed parts, not a Date)
  const parsed = /\d/.test(text) ? chrono.en.GB.parse(text) : [];
  const r = parsed[0];
  if (parsed.length !== 1 || !r || r.end || r.text.trim() !== text.trim()) return undefined;
  if (!r.start.isCertain('day') || !r.start.isCertain('year')) return undefined;
  return isoDay(r.start);
}
