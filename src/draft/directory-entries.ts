import type { Affiliation } from './affiliations.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import { isOrgLike, type Mention } from './mentions.js';
import { lineAt, lineEnd, lineStart } from './text-lines.js';

/**
 * A staff directory's entries: a post alone on its line ("Deputy Head of Unit"), the holder's
 * name alone on the next ("DĄBROWSKA Agnieszka"), then maybe "Tel. …". The post is held at the
 * body the entries sit under: the nearest organisation above that heads its own line.
 */
export function directoryRoles(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
): Affiliation[] {
  const entries = people.flatMap((p) => {
    if (lineAt(text, p.start).trim() !== text.slice(p.start, p.end)) return [];
    const start = lineStart(text, p.start);
    const post = /(?:^|\n)([^\n]+)\n$/.exec(text.slice(Math.max(0, start - 120), start))?.[1];
    const title = post?.trim();
    // (an acronym in brackets is part of a post: "Policy Officer – European Health Data Space (EHDS)")
    const bare = title?.replace(/[ \t]*\([^()]*\)/g, '');
    if (!bare || !isTitle(bare) || /[.:;,]$/.test(bare) || bare.length > 100) return [];
    // (a directory's entry gives the holder's line: "Tel. +32 2 …", an e-mail; not a programme's
    // "Keynote" over a speaker, nor a newsletter's "Member spotlight")
    const next = text.slice(lineEnd(text, p.end) + 1).split('\n', 1)[0]!;
    if (!CONTACT_LINE.test(next) || MEETING_PART.test(bare)) return [];
    if (people.some((q) => q !== p && q.start >= start - post!.length - 1 && q.end < start))
      return [];
    return [{ p, title, at: start - post!.length - 1 }];
  });
  // (a directory: two entries at least)
  if (entries.length < 2) return [];
  return entries.flatMap(({ p, title, at }) => {
    const org = headingAbove(text, at, all);
    return org
      ? [{ person: p, org, title, evidence: `${title} ${text.slice(p.start, p.end)}` }]
      : [];
  });
}

const CONTACT_LINE = /^[ \t]*(?:Tel|Phone|Telephone|Mobile|Fax|E-?mail)\b|@|^[ \t]*\+\d/i;

/** The nearest organisation above that heads its own line. */
const headingAbove = (text: string, at: number, all: readonly Mention[]): Mention | undefined =>
  all.filter((m) => isOrgLike(m) && m.end < at && headsLine(text, m)).at(-1);

/**
 * The organisation is its line: "AI Office (CNECT.A)", "CNECT.A.1 – AI Regulation and
 * Compliance", "Directorate for Public Health" (a code before or after it aside).
 */
export const headsLine = (text: string, m: Mention): boolean =>
  lineAt(text, m.start)
    .trim()
    .replace(/^(?:[A-Z]{2,8}\.)?[A-Z](?:\.\d{1,2})?[ \t]+[–—-][ \t]+/, '')
    .replace(/[ \t]*\([A-Z0-9.]{2,16}\)$/, '') === text.slice(m.start, m.end);
