import type { Affiliation } from './affiliations.js';
import { headsLine } from './directory-entries.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import { isOrgLike, type Mention, type Mentions } from './mentions.js';
import { tokenAt, type Token } from './tokens.js';
import type { NameRun } from './name-runs.js';
import { allCommon, hasOrgWord } from './person-cues.js';
import { inParagraph, lineAt, lineStart, paragraphStart } from './text-lines.js';
import { TITLE_CAPITALISED } from './vocabulary.js';

/**
 * An organisation chart's lines: "Head of Cabinet: Luka Hribernik", "Director-General: Prim. Tomaž
 * Golob, MD", "- Division for Health Promotion – Head: Irena Kovač". The post before the colon is
 * a job title; the name after it (behind a title with its full stop) is a person who holds that
 * post at the body the line names before a dash, else at the body named alone on a line above.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|la|le)[ \t]+)*\p{Lu}[\p{L}'’-]+){1,3}`;
/** "Dr", "Prof", "Mag": a title before the name, capitalised, its full stop maybe left out. */
const POST_LINE = new RegExp(
  String.raw`^[ \t]*(?:[-•*–][ \t]+)?(?:([^:\n–—]{3,90}?)[ \t]+[–—][ \t]+)?((?:Acting |Deputy )?\p{Lu}[\p{L} -]{1,40}?)(?:[ \t]+\([^()\n]{1,30}\))?:[ \t]*(?:${TITLE_CAPITALISED}[ \t]+|\p{Lu}\p{L}{0,5}\.[ \t]+)*(${NAME})(?=[ \t]*(?:,|\(|$))`,
  'gmu',
);

interface Post {
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly body?: { readonly start: number; readonly end: number };
}

/**
 * `found`: the names are people found already, so a surname in capitals is a name's ("Head of
 * Unit: NIEMINEN Outi"), not an organisation's acronym.
 */
export function labelledPosts(text: string, found = false): Post[] {
  return [...text.matchAll(POST_LINE)].flatMap((m) => {
    const title = m[2]!.trim();
    const name = found ? m[3]!.replace(/(?:^|\s)\p{Lu}{2,}(?=\s|$)/gu, ' ').trim() : m[3]!;
    // (a post, one person's: not "Founders: X, Y", which founder-lines.ts reads with their company)
    // (a label's post may be one no name's word could be: "Clerk to the Committee", not "Sarah Clerk")
    const post = isTitle(title) || /^Clerk\b/.test(title);
    if (!post || /s$/.test(title) || hasOrgWord(name) || allCommon(m[3]!)) return [];
    const start = m.index + m[0].lastIndexOf(m[3]!);
    const bodyStart = m[1] ? m.index + m[0].indexOf(m[1]) : -1;
    return [
      {
        start,
        end: start + m[3]!.length,
        title,
        ...(m[1] ? { body: { start: bodyStart, end: bodyStart + m[1].length } } : {}),
      },
    ];
  });
}

/** Runs named after a post's label are people's. */
export function postLabelled(text: string, runs: readonly NameRun[], why: (string | undefined)[]) {
  const posts = labelledPosts(text);
  runs.forEach((r, k) => {
    const post = posts.find((p) => p.start === r.start);
    if (!why[k] && post) why[k] = `named after the post "${post.title}"`;
  });
}

/** Each labelled post, held at the body on its line or the nearest one above alone on its line. */
export function labelledRoles(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  return labelledPosts(text, true).flatMap((post) => {
    // (a part in a procedure or a meeting, not a post: "Rapporteur: MARTÍNEZ ORTEGA Lucía (EPP)")
    if (MEETING_PART.test(post.title)) return [];
    const person = mentions.people.find((p) => p.start === post.start);
    const org = post.body
      ? bodyOnLine(text, tokens, post.body, mentions)
      : (headingAbove(text, post.start, mentions.all) ??
        partHeading(text, tokens, post.start, mentions));
    if (!person || !org) return [];
    return [{ person, org, title: post.title, evidence: lineAt(text, post.start).trim() }];
  });
}

/** The nearest organisation above in the paragraph, alone on its line ("Directorate for Public Health"). */
const headingAbove = (text: string, at: number, all: readonly Mention[]): Mention | undefined =>
  all
    .filter(
      (m) =>
        isOrgLike(m) &&
        m.end < lineStart(text, at) &&
        inParagraph(text, m.start, at) &&
        headsLine(text, m),
    )
    .at(-1);

/**
 * "Cabinet of the Minister" over "Head of Cabinet: Luka Hribernik": a part of a body named alone
 * on a line of the paragraph above the posts, though nothing else names it.
 */
function partHeading(
  text: string,
  tokens: readonly Token[],
  at: number,
  mentions: Mentions,
): Mention | undefined {
  const lines = text.slice(paragraphStart(text, at), lineStart(text, at)).split('\n');
  const k = lines.findLastIndex((l) => PART_HEAD.test(l.trim()) && !l.includes(':'));
  if (k < 0) return undefined;
  const from = paragraphStart(text, at) + lines.slice(0, k).join('\n').length + (k ? 1 : 0);
  const start = from + (lines[k]!.length - lines[k]!.trimStart().length);
  const found = mentions.orgAt(tokenAt(tokens, start), {
    untypedIfEndingAt: from + lines[k]!.trimEnd().length,
  });
  return found && lineAt(text, found.start).trim() === text.slice(found.start, found.end)
    ? found
    : undefined;
}

/** The body named before the dash: one found already, or a division's name ("Division for …"). */
function bodyOnLine(
  text: string,
  tokens: readonly Token[],
  body: { readonly start: number; readonly end: number },
  mentions: Mentions,
): Mention | undefined {
  const found = mentions.all.find(
    (m) => isOrgLike(m) && m.start >= body.start && m.end <= body.end,
  );
  if (found || !PART_HEAD.test(text.slice(body.start, body.end))) return found;
  return mentions.orgAt(tokenAt(tokens, body.start), { untypedIfEndingAt: body.end });
}
const PART_HEAD =
  /^(?:Division|Section|Department|Unit|Service|Office|Directorate|Sector|Cabinet|Secretariat)\s+(?:for|of)\s/;
