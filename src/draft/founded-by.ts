import type { Affiliation } from './affiliations.js';
import { isOrgLike, type Mention } from './mentions.js';
import type { NameRun } from './name-runs.js';
import { hasOrgWord } from './person-cues.js';

/**
 * "Virtuome was founded by the biomedical engineer Katharina Oberländer, the Polish computational
 * scientist Tomasz Wiśniewski and the French cardiologist Aurélien Lefèvre.": the names after
 * "founded by", up to the sentence's end, are the founders of the organisation the sentence
 * names before it ("It was founded …": the one named last before the sentence).
 */
const FOUNDED_BY =
  /\b(?:was|were|is|been)?[ \t]*(co-?)?founded(?:[ \t]+in[ \t]+(?:\d{4}|\p{Lu}[\p{L}-]+))*(?:[ \t]+as[ \t]+[^.\n]{3,60}?)?[ \t]+by[ \t]+([^.;\n]{3,300})/gu;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where founders' names may stand: the lists after "founded by". */
export const foundersLists = (text: string): (Span & { co: boolean })[] =>
  [...text.matchAll(FOUNDED_BY)].map((m) => {
    const start = m.index + m[0].length - m[2]!.length;
    return { start, end: start + m[2]!.length, co: m[1] !== undefined };
  });

/** Runs in a founders' list are people's (not an organisation's name: "founded by Inria"). */
export function namedFounders(text: string, runs: readonly NameRun[], why: (string | undefined)[]) {
  const lists = foundersLists(text);
  runs.forEach((r, k) => {
    const words = r.text.split(/\s+/).length;
    if (why[k] || words < 2 || words > 4 || hasOrgWord(r.text)) return;
    if (lists.some((l) => r.start >= l.start && r.end <= l.end)) why[k] = 'named as a founder';
  });
}

/** Each founder's role at the organisation the sentence is about. */
export function foundedBy(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
): Affiliation[] {
  return foundersLists(text).flatMap((list) => {
    const sentenceStart =
      Math.max(text.lastIndexOf('. ', list.start), text.lastIndexOf('\n', list.start)) + 1;
    const org = all.filter((m) => isOrgLike(m) && m.end <= list.start).at(-1);
    if (
      !org ||
      (org.start < sentenceStart && !/^\s*(?:It|The company)\b/.test(text.slice(sentenceStart)))
    )
      return [];
    const title = list.co ? 'Co-founder' : 'Founder';
    return people
      .filter((p) => p.start >= list.start && p.end <= list.end)
      .map((person) => ({ person, org, title, evidence: text.slice(org.start, person.end) }));
  });
}
