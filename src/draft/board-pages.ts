/**
 * A body's page of its members: a heading that names a board or a committee ("Independent
 * Scientific and Ethics Advisory Board", "Steering Committee") over entries that each open with a
 * person ("[Photo] Prof. X - Chair", "Dr Y", a bio under each). Each listed person holds their
 * board title ("Chair of the …"; "Member of the …" for the others) at the project the page is
 * about, else at the page's publisher.
 */
import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import type { Mention } from './mentions.js';
import { lineEnd } from './text-lines.js';

const BOARD_KINDS = String.raw`(?:Advisory|Steering|Scientific|Ethics|Executive|Management|Supervisory|Stakeholder|Expert|Governing|Editorial|Strategic|Industry|Patient)`;
const BOARD_HEADING = new RegExp(
  String.raw`^[ \t]*((?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:and|&|of|for)[ \t]+)?){0,5}${BOARD_KINDS}(?:[ \t]+(?:and|&)[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:Board|Committee|Council|Panel|Group))[ \t]*$`,
  'gmu',
);
/** What may open an entry's line before the name: a photo's placeholder, a bullet, titles. */
const LEAD =
  /^(?:\[(?:Photo|Image|Picture|Portrait)\][ \t]*)?(?:[-•*][ \t]+)?(?:(?:Prof|Dr|Mr|Ms|Mrs)\.?[ \t]+)*$/i;
/** After the name: the line's end, or a dash or a comma and a short board title. */
const TITLE_AFTER = /^(?:[ \t]*$|[ \t]+[–—-][ \t]+|,[ \t]+)([^,\n]{0,40})?$/;
/** A section's heading: a short line of a few words, no sentence ("Former members", "Photos"). */
const isHeading = (line: string): boolean =>
  /^[ \t]*\p{Lu}[\p{L} &'’-]{0,40}[ \t]*$/u.test(line) && line.trim().split(/\s+/).length <= 5;
const BOARD_POST =
  /^(?:(?:Co-|Vice-|Deputy\s+)?Chair(?:man|woman|person)?|(?:Vice-)?President|Secretary|Treasurer|Member|Rapporteur|Observer)$/i;
const RULE = /^[ \t]*(?:-{3,}|━{3,}|={3,}|_{3,})[ \t]*$/m;

export function boardPages(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
  publisher: Mention | undefined,
): Affiliation[] {
  const heading = [...text.matchAll(BOARD_HEADING)][0];
  if (!heading) return [];
  // (the project the page is about: named on its first line, its masthead or title)
  const topEnd = lineEnd(text, text.search(/\S/));
  const owner = all.find((m) => m.entity.label === 'Project' && m.end <= topEnd) ?? publisher;
  if (!owner) return [];
  const board = heading[1]!
    .trim()
    .replace(/[ \t]+/g, ' ')
    .replace(/^The /, '');
  const from = heading.index + heading[0].length;
  return entriesAfter(text, people, from).map(({ person, title }) => ({
    person,
    org: owner,
    title: `${title ?? 'Member'} of the ${board}`,
    evidence: text.slice(person.start, lineEnd(text, person.start)).trim(),
  }));
}

/** The people who open a line under the heading, up to a rule after the entries. */
function entriesAfter(text: string, people: readonly Mention[], from: number) {
  const out: { person: Mention; title?: string }[] = [];
  for (const p of people.filter((m) => m.start > from)) {
    // (the list ends at a rule or at the next section's heading: "Former members", "Photos")
    const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
    const last = out.at(-1)?.person.end;
    const between = text.slice(last === undefined ? from : lineEnd(text, last), lineStart);
    if ((out.length && RULE.test(between)) || between.split('\n').some(isHeading)) break;
    if (!LEAD.test(text.slice(lineStart, p.start))) continue;
    const after = TITLE_AFTER.exec(text.slice(p.end, lineEnd(text, p.end)));
    if (!after || out.some((o) => o.person.entity === p.entity)) continue;
    // (a board's own posts; "Work Package 2 Leader" is a post elsewhere: a member here)
    const said = after[1]?.trim();
    if (said && !isTitle(said)) continue;
    const title = said && BOARD_POST.test(said) ? said : undefined;
    out.push({ person: p, ...(title ? { title } : {}) });
  }
  return out;
}
