/**
 * A body's list of the members it elected or welcomed: "The 2026 Fellows are:" (or a heading
 * "Honorary Fellow", "New members") over entries that each open with a person ("Prof. X – …",
 * "• X, Director of …, as member for Finland"). Each listed person holds the list's title
 * ("Fellow", "Honorary Fellow", "Member") at the body the text says elected them, else at the page's
 * publisher.
 */
import type { Affiliation } from './affiliations.js';
import { isOrgLike, type Mention } from './mentions.js';
import { lineEnd, paragraphEnd } from './text-lines.js';

const MEMBER_NOUN = String.raw`(?:Honorary\s+|Corresponding\s+|Foreign\s+)?(?:Fellows?|Members?)`;
/** "The 2026 Fellows are:", "New Fellows", "Honorary Fellow", "Newly elected members:". */
const LABEL = new RegExp(
  String.raw`^[ \t]*(?:The\s+)?(?:\d{4}\s+)?(?:(?:new(?:ly\s+elected)?|elected)\s+)?(${MEMBER_NOUN})(?:\s+(?:are|is))?[ \t]*:?[ \t]*$`,
  'gimu',
);
/** "The Board welcomed:", "The Management Board elected:": a board's new members listed. */
const BOARD_LABEL =
  /^[ \t]*(?:The\s+)?((?:\p{Lu}\p{Ll}+\s+)?(?:Board|Council|Committee|Assembly))\s+(?:welcomed|elected|appointed)(?:\s+(?:as\s+)?(?:new\s+)?members?)?[ \t]*:[ \t]*$/gmu;

/** The sentence that says who elected them: "… has elected nine new Fellows". */
const ELECTS = new RegExp(
  String.raw`\b(?:elect(?:s|ed)?|admit(?:s|ted)?|welcome[sd]?|appoint(?:s|ed))\s+(?:[\p{L}\d-]+\s+){0,3}?${MEMBER_NOUN}\b`,
  'iu',
);

export function electedLists(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
  publisher: Mention | undefined,
): Affiliation[] {
  const body = electingBody(text, all) ?? publisher;
  if (!body) return [];
  const labels = [
    ...[...text.matchAll(LABEL)].map((m) => ({ m, title: titleOf(m[1]!) })),
    ...[...text.matchAll(BOARD_LABEL)].map((m) => ({ m, title: `Member of the ${m[1]}` })),
  ];
  return labels.flatMap(({ m: label, title }) => {
    const out: Affiliation[] = [];
    // (the entries: paragraphs under the label, each opening with a person, up to the first that
    // does not)
    let at = label.index + label[0].length;
    for (;;) {
      const start = at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
      const p = people.find((m) => m.start >= start && m.start <= start + 24);
      const lead = p && text.slice(start, p.start);
      if (!p || !/^(?:[-•*][ \t]+)?(?:(?:Prof|Dr|Mr|Ms|Mrs)\.?[ \t]+)*$/.test(lead!)) break;
      if (!/^(?:[ \t]+[–—-][ \t]|,|[ \t]+(?:of|from)[ \t])/.test(text.slice(p.end, p.end + 6)))
        break;
      // ("…, as alternate for Hungary": an alternate, not a member)
      const line = text.slice(p.end, lineEnd(text, p.end));
      const own = /\bas\s+alternate\b/i.test(line)
        ? title.replace(/^Member/, 'Alternate member')
        : title;
      const heading = text.slice(label.index, label.index + label[0].length).trim();
      const evidence = `${heading} … ${text.slice(p.start, p.end)}`;
      out.push({ person: p, org: body, title: own, evidence });
      at = nextEntry(text, p.end);
    }
    return out;
  });
}

/** Where the next entry may start: the next paragraph, or the next bullet line. */
function nextEntry(text: string, from: number): number {
  const line = text.indexOf('\n', from);
  const bullet = line >= 0 && /^[ \t]*[-•*][ \t]/.test(text.slice(line + 1)) ? line + 1 : -1;
  return bullet >= 0 ? bullet : paragraphEnd(text, from);
}

const titleOf = (noun: string): string =>
  noun
    .replace(/\s+/g, ' ')
    .replace(/s$/, '')
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** The organisation in the sentence that says it elected them (its first, the subject). */
function electingBody(text: string, all: readonly Mention[]): Mention | undefined {
  const m = ELECTS.exec(text);
  if (!m) return undefined;
  const from = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index)) + 1;
  return all.find((o) => isOrgLike(o) && o.start >= from && o.end <= m.index);
}
