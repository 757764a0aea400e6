/**
 * A digest's items: a headline over its summary, the item ending with its source's link
 * ("→ Source: Euractiv | https://… | 16 Mar 2026"). Each headline names the linked article; and a
 * list item's quoted title over its link ("• “Digital twins in oncology: a hype check” – op-ed by
 * …⏎→ https://…").
 */
import type { ListedDocument } from './listed-documents.js';
import { linesOf } from './text-lines.js';

/**
 * "→ Source: Outlet | https://… | 16 Mar 2026": a digest's source line, its outlet named (not a
 * newsletter's "Read more: https://…" under its own sections).
 */
const LINK_LINE =
  /^[ \t]*(?:(?:→|->|»|↗)[ \t]*)?Source[ \t]*:[ \t]*[^|\n]*\p{L}[^|\n]*\|[ \t]*https?:\/\/\S+[^\n]*$/iu;
/** A bare link under a list item: "→ https://…". */
const ARROW_LINK = /^[ \t]*(?:→|->|»|↗)[ \t]*https?:\/\/\S+[ \t]*$/;
/** A headline: a capital, at most twenty words, no full stop at the end, no label. */
const HEADLINE = /^[ \t]*(\p{Lu}[^\n]{8,160}?)[ \t]*$/u;
const QUOTED_TITLE = /^[ \t]*[-*•][ \t]+["“]([^"”\n]{8,160})["”]/u;
/** A page's own sections, no article's headline: "About this newsletter", "Follow us on …". */
const BOILERPLATE =
  /^(?:About|Follow|Subscribe|Register|Notes? to editors|Contact|Jobs?\b|Vacanc|Newsletter|Unsubscribe|Sign up|Share|Disclaimer|Privacy|Events?\b|Upcoming|Calendar|Agenda|(?:Prof|Dr|Mr|Ms|Mrs)\.?\s)/i;
const LINK_LABEL =
  /^(?:Read|Click|Download|View|See|Watch|Listen|More)\b|^\d{1,2}\s+\p{L}+\s+\d{4}$/u;
const NOT_HEADLINE =
  /[.:;,!]$|[.!?][ \t]+\p{Lu}|\b(?:the|a|an|of|and|or|to|in|for|with|on|at|by|from)$|^(?:Source|Deadline|Read more|Photo|Share|Tags?)\b|\|/iu;

export function linkedHeadlines(text: string): ListedDocument[] {
  const walked = linesOf(text);
  const lines = walked.map((l) => l.text);
  const out: ListedDocument[] = [];
  lines.forEach((line, k) => {
    const arrow = ARROW_LINK.test(line);
    if ((!LINK_LINE.test(line) && !arrow) || !/\S/.test(lines[k - 1] ?? '')) return;
    const item = itemStart(lines, k);
    // (a headline over its summary's first sentence; not a hard-wrapped paragraph's first line)
    // (a summary runs longer than its headline, unlike a wrapped paragraph's even lines)
    const next = lines[(item ?? 0) + 1] ?? '';
    const over =
      item !== undefined &&
      item < k - 1 &&
      /^[ \t]*["“‘]?\p{Lu}/u.test(next) &&
      lines[item]!.trim().length < 0.8 * next.trim().length;
    // (a bare link names only a list item's quoted title)
    const title = item === undefined ? undefined : titleOf(lines[item]!, over && !arrow);
    if (title)
      out.push({ ...title, start: walked[item!]!.start + lines[item!]!.indexOf(title.name) });
  });
  return out;
}

/** The item's first line: after a blank line, a rule (━━━) or a section's heading in capitals. */
function itemStart(lines: readonly string[], k: number): number | undefined {
  let i = k - 1;
  const opens = (l: string) =>
    !/\S/.test(l) || RULE.test(l) || LINK_LINE.test(l) || ARROW_LINK.test(l);
  // (a list's item opens at its bullet)
  while (i > 0 && !/^[ \t]*[-*•][ \t]/.test(lines[i]!) && !opens(lines[i - 1]!) && k - i < 12) i--;
  return k - i < 12 ? i : undefined;
}
const RULE = /^[ \t]*(?:[━─═_*=-]{3,}|[\p{Lu}\d &+/–-]{3,40})[ \t]*$/u;

/** A headline over a summary, or a list item's quoted title. */
function titleOf(line: string, overSummary: boolean) {
  const quoted = QUOTED_TITLE.exec(line)?.[1];
  // (a title of three words or more, no link's label, no date: not "Read more", "12 March 2026")
  if (quoted)
    return quoted.split(/\s+/).length >= 3 && !LINK_LABEL.test(quoted) && !BOILERPLATE.test(quoted)
      ? { name: quoted, kind: 'ARTICLE', head: 'article' }
      : undefined;
  const headline = HEADLINE.exec(line)?.[1];
  if (!overSummary || !headline || NOT_HEADLINE.test(headline) || BOILERPLATE.test(headline))
    return undefined;
  if (headline.split(/\s+/).length > 20 || headline.split(/\s+/).length < 3) return undefined;
  return { name: headline, kind: 'ARTICLE', head: 'article' };
}
