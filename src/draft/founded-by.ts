import type { Affiliation } from './affiliations.js';
import { isOrgLike, type Mention } from './mentions.js';
import type { NameRun } from './name-runs.js';
import { hasOrgWord, looksLikePerson } from './person-cues.js';
import type { Span } from './text-lines.js';

/**
 * "Virtuome was founded by the biomedical engineer Katharina Oberländer, the Polish computational
 * scientist Tomasz Wiśniewski and the French cardiologist Aurélien Lefèvre.": the names after
 * "founded by", up to the sentence's end, are the founders of the organisation the sentence
 * names before it ("It was founded …": the one named last before the sentence).
 */
const FOUNDED_BY =
  /\b(?:was|were|is|been)?[ \t]*(co-?)?founded(?:[ \t]+in[ \t]+(?:\d{4}|\p{Lu}[\p{L}-]+))*(?:[ \t]+as[ \t]+[^.\n]{3,60}?)?[ \t]+by[ \t]+((?:(?!,\s+(?:said|says|told|added|who|which|according|explained|noted)\b)[^.;\n]){3,300})/gu;
/** What may stand between the organisation and "was founded": "Holm Foundation, which ". */
const SUBJECT_GAP = /^\s*(?:\([^()\n]*\)\s*)?(?:,\s*(?:which|that)\s+)?$/;
/** "It was founded …", "The company was founded …": the organisation the sentence before opens with. */
const PRONOUN =
  /^\s*(?:It|The (?:company|start-?up|firm|organisation|organization|foundation))\s+$/;

/** Where founders' names may stand: the lists after "founded by". */
export const foundersLists = (text: string): (Span & { co: boolean; verb: number })[] =>
  [...text.matchAll(FOUNDED_BY)].map((m) => {
    const start = m.index + m[0].length - m[2]!.length;
    return { start, end: start + m[2]!.length, co: m[1] !== undefined, verb: m.index };
  });

/** Runs in a founders' list are people's (not an organisation's name: "founded by Inria"). */
export function namedFounders(text: string, runs: readonly NameRun[], why: (string | undefined)[]) {
  const lists = foundersLists(text);
  runs.forEach((r, k) => {
    const words = r.text.split(/\s+/).length;
    // (a person's name, as the tagger reads it: not "founded by Médecins Sans Frontières")
    if (why[k] || words < 2 || words > 4 || hasOrgWord(r.text) || !looksLikePerson(r.text)) return;
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
    const org = subjectOf(text, list.verb, all);
    if (!org) return [];
    const title = list.co ? 'Co-founder' : 'Founder';
    return people
      .filter((p) => p.start >= list.start && p.end <= list.end)
      .map((person) => ({ person, org, title, evidence: text.slice(org.start, person.end) }));
  });
}

/**
 * The organisation that was founded: the one named right before "was founded" ("Virtuome was
 * founded", "the Holm Foundation, which was founded"), or, after "It" or "The company", the one
 * the sentence before opens with (not "a small spin-off founded by …": the hospital named before).
 */
function subjectOf(text: string, verb: number, all: readonly Mention[]): Mention | undefined {
  const orgs = all.filter((m) => isOrgLike(m) && m.end <= verb);
  const last = orgs.at(-1);
  if (last && SUBJECT_GAP.test(text.slice(last.end, verb))) return last;
  const sentence = sentenceStart(text, verb);
  if (!PRONOUN.test(text.slice(sentence, verb))) return undefined;
  const before = sentenceStart(text, sentence - 3);
  return orgs.find(
    (m) => m.start >= before && /^\s*(?:The\s+)?$/.test(text.slice(before, m.start)),
  );
}

/** Where the sentence holding `at` starts: after a full stop and a space, or a line's start. */
const sentenceStart = (text: string, at: number): number => {
  const stop = text.lastIndexOf('. ', at);
  return Math.max(stop < 0 ? 0 : stop + 2, text.lastIndexOf('\n', at) + 1);
};
