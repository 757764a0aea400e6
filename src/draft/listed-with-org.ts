/**
 * A person listed with an organisation, among other such lines: "– Hanna Lindqvist-Mäkelä,
 * Karolinska Institutet" (a committee's or a jury's member) or, under a heading of people, "Jakob
 * Mertens — Inria, France" (an editorial board's).
 */
import { allCommon, hasOrgWord, looksLikePerson, someCommon } from './person-cues.js';
import { lineEnd, linesAbove, lineStart } from './text-lines.js';
import { ROLE_WORDS } from './vocabulary.js';

/**
 * A list item: a bullet, then a name, a comma and the rest of the line; or, with no bullet, a name
 * then a spaced dash ("Jakob Mertens — Inria, France").
 */
const ITEM =
  /^[ \t]*(?:[-–—•*][ \t]+(\p{Lu}[^,\n]{2,60}),|(\p{Lu}[^,\n–—]{2,60}?)[ \t]+[–—])[ \t]+([^\n]+)$/u;
const itemOf = (line: string) => {
  const m = ITEM.exec(line);
  return m ? { name: (m[1] ?? m[2])!.trim(), rest: m[3]!, dashed: m[2] !== undefined } : undefined;
};
/** A list of people's heading: "Associate Editors", "Board members", "Jury" (not "Partners"). */
const PEOPLE_HEADING =
  /\b(?:editors?|members|board|committee|panel|speakers|faculty|team|jury|reviewers|advis[eo]rs|chairs|fellows|authors|contributors|trustees|directors|staff|people|council)\b/i;

/** The line above a list's block of items (its heading), skipping the items themselves. */
function headingOver(text: string, lineFrom: number): string {
  for (const line of linesAbove(text, lineFrom)) if (line.trim() && !itemOf(line)) return line;
  return '';
}

/**
 * "– Hanna Lindqvist-Mäkelä, Karolinska Institutet" among other such items: a committee's or a
 * jury's member, the organisation after the comma. Two items at least with an organisation's word
 * after the comma (three when this one has none); the name two to four words, none an organisation's, a role's or a thing's.
 */
export function listedWithOrg(text: string, run: { start: number; text: string }): boolean {
  // (the line first, the cheapest test: most runs open no list's item)
  const lineFrom = lineStart(text, run.start);
  const own = text.slice(lineFrom, lineEnd(text, lineFrom));
  const item = itemOf(own);
  if (!item || item.name !== run.text) return false;
  const words = run.text.split(/\s+/);
  if (words.length < 2 || words.length > 4 || hasOrgWord(run.text) || allCommon(run.text))
    return false;
  if (words.some((w) => ROLE_WORDS.has(w.toLowerCase()))) return false;
  // ("- Lifetime Achievement, European Society of Cardiology": a prize's name, no person's)
  if (someCommon(run.text) && !looksLikePerson(run.text)) return false;
  const lines = text.slice(Math.max(0, lineFrom - 400), lineFrom + 400).split('\n');
  // (with no bullet, "Name — Body" lines are people only under a heading that says so: not a
  // partner list's "Gustave Roussy – Institut …", nor machines "Marie Curie — host …")
  if (item.dashed && !PEOPLE_HEADING.test(headingOver(text, lineFrom))) return false;
  // (the rest's parts between commas: "Erasmus Medical Centre, Rotterdam")
  const bodyIn = (rest: string) => rest.split(/[,;]\s*/).some(hasOrgWord);
  const others = lines.filter((l) => l !== own && bodyIn(itemOf(l)?.rest ?? ''));
  // ("– Maëlle Courtois-Diallo, Inria": a name with no organisation's word, among two that have one)
  return others.length >= (bodyIn(item.rest) ? 1 : 2);
}
