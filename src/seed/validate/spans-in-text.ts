import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';
import { QuotableText, type SpanMiss } from './span-match.js';

/** A field whose value is a piece of the source's own words. */
interface QuotedSpan {
  readonly path: YamlPath;
  readonly span: string;
}

type Entry = Record<string, unknown>;

/**
 * Every fact is traceable: what a file says the source says — a relationship's `evidence`, an
 * entry's or mention's `quote` and `asWritten`, a verbatim statement's `text` (`quoted: true`) —
 * must be in the source's text copy. Each span that is not is an error at its place, naming where
 * the text departs from it. A source known only by its sha256 cannot be checked.
 */
export function checkSpansInText(
  parsed: ParsedSeed,
  data: { entities?: unknown[]; relationships?: unknown[]; mentions?: unknown[] },
  copy: { path: string; content: string },
  issues: SeedIssue[],
): void {
  const text = new QuotableText(copy.content);
  for (const { path, span } of quotedSpans(data)) {
    const miss = text.miss(span);
    if (!miss) continue;
    const field = String(path[path.length - 1]);
    const msg = `${field} ${shown(span)} is not in ${copy.path}${where(miss)}`;
    issues.push(issue(parsed.file, parsed.positionOf(path), SeedIssueCode.SPAN_NOT_IN_TEXT, msg));
  }
}

function quotedSpans(data: {
  entities?: unknown[];
  relationships?: unknown[];
  mentions?: unknown[];
}): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const take = (path: YamlPath, value: unknown) => {
    if (typeof value === 'string' && value.trim()) spans.push({ path, span: value });
  };
  (data.entities ?? []).forEach((e, i) => {
    if (!isEntry(e)) return;
    take(['entities', i, 'quote'], e.quote);
    take(['entities', i, 'asWritten'], e.asWritten);
    if (e.quoted === true) take(['entities', i, 'text'], e.text);
  });
  (data.relationships ?? []).forEach((r, i) => {
    if (isEntry(r)) take(['relationships', i, 'evidence'], r.evidence);
  });
  (data.mentions ?? []).forEach((m, i) => {
    if (!isEntry(m)) return;
    take(['mentions', i, 'quote'], m.quote);
    take(['mentions', i, 'asWritten'], m.asWritten);
  });
  return spans;
}

const isEntry = (v: unknown): v is Entry => !!v && typeof v === 'object' && !Array.isArray(v);

/** The span as the message shows it: whole when short, else its first and last words. */
function shown(span: string): string {
  const flat = span.replace(/\s+/g, ' ').trim();
  return quoted(flat.length <= 80 ? flat : `${flat.slice(0, 50)} … ${flat.slice(-24)}`);
}

function where(miss: SpanMiss): string {
  if (!miss.matched) return ' (no part of it was found; quote the text as written)';
  return `: the text has ${quoted(tail(miss.matched))}, then ${quoted(miss.textGoesOn)}`;
}

/** In double quotes, as written (a message for people: no escapes). */
const quoted = (s: string): string => `"${s}"`;

/** The last words of what matched, enough to find the place. */
const tail = (s: string): string => (s.length <= 40 ? s : `…${s.slice(-40)}`);
