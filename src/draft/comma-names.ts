import type { Gazetteer } from './gazetteer.js';
import { runOf } from './name-runs.js';
import { allCommon, hasOrgWord, isGivenName, looksLikePerson } from './person-cues.js';
import { isPlace } from './places.js';
import type { CapitalsName } from './capitals-names.js';
import { foldedWords, tokenAt, type Token } from './tokens.js';

/**
 * A repository's or a catalogue's list of creators, one a line, surname first after a comma:
 * "Nowak, Agnieszka (Contact person) 1", "Van den Broeck, Pieter 1", "Puig Ferrer, Marta 5",
 * "Smith, J.". Two such lines or more make the list (each with marks, or a given name a person's); each names a person, given name first, and
 * its marks ("1", "2,3") point at the numbered affiliations under it.
 */
/** "Nowak", "Skłodowska-Curie", "O'Neill", "McDonald", "MacLeod". */
const WORD = String.raw`(?:O['’]|Ma?c)?\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)?`;
const PARTICLE = String.raw`(?:[Vv][ao]n|[Dd]e[nrl]?|[Dd][aiu]|[Ll][ae]|della|dos|das|ten|ter|y)`;
const SURNAME = String.raw`(?:(?:${WORD}|${PARTICLE})[ \t]){0,3}${WORD}`;
const GIVEN = String.raw`(?:${WORD}(?:[ \t]${WORD})?(?:[ \t]\p{Lu}\.)?|\p{Lu}\.(?:[ \t]?\p{Lu}\.)*)`;
const MARKS = String.raw`(?:\d{1,2}|\*)(?:[ \t]*,[ \t]*(?:\d{1,2}|\*))*`;
/** A repository record's label before the name: "Author⇥Tehrani-Falk, Nasrin". */
const LABEL = String.raw`(?:(Author|Creator|Contributor|Editor)(?::[ \t]*|\t+))`;
const LINE = new RegExp(
  String.raw`^[ \t]*(?:[-•*][ \t]+|${LABEL})?((${SURNAME}),[ \t]+(${GIVEN}))(?:[ \t]+\([^()\n]{1,40}\))?(?:[ \t]*(${MARKS}))?[ \t]*(?=\t|[ \t]{2,}|$)`,
  'gmu',
);

export interface CommaName extends CapitalsName {
  /** The numbered affiliations' marks after the name. */
  readonly marks: readonly string[];
}

/** (Without the gazetteer, no name is known and places are not told from names.) */
export function commaNames(text: string, tokens: readonly Token[], gaz?: Gazetteer): CommaName[] {
  // (a comma after a capital starts a line: most texts stop here)
  if (!/^[ \t]*\p{Lu}[^,\n]{0,40},[ \t]\p{Lu}/mu.test(text)) return [];
  const place = (s: string) => !!gaz && isPlace(s, gaz);
  // (a person's line: affiliations' marks, or a given name: not "Oncotwin, Karlsruhe")
  const lines = [...text.matchAll(LINE)];
  // (a record's labelled author names her wherever the text writes her so: its title line too)
  const labelled = new Set(lines.filter((m) => m[1] !== undefined).map((m) => m[2]));
  const found = lines.filter(
    (m) =>
      !allCommon(m[3]!) &&
      !allCommon(m[4]!) &&
      !place(m[3]!) &&
      !place(m[4]!) &&
      // (an organisation, then a contact: "Sciensano, Marie Dupont", "Karolinska Institutet, Sara …")
      !hasOrgWord(m[3]!) &&
      givenOnly(m[4]!) &&
      (m[5] !== undefined || labelled.has(m[2]) || looksLikePerson(m[4]!)),
  );
  // (two such lines or more; or one a label says is a person's, "Author⇥…")
  if (found.length < 2 && !found.some((m) => labelled.has(m[2]))) return [];
  return found.map((m) => {
    const start = m.index + m[0].indexOf(m[2]!);
    const first = tokenAt(tokens, start);
    const last = tokenAt(tokens, start + m[2]!.length);
    // (a middle initial aside: "Geris, Liesbet M." is Liesbet Geris)
    const name = `${m[4]!.replace(/[ \t]\p{Lu}\.$/u, '')} ${m[3]!}`;
    const known = gaz?.byName.get(foldedWords(name).join(' '))?.find((e) => e.label === 'Person');
    const run = { ...runOf(text, tokens, first, last), why: 'a list’s name, surname first' };
    // (the line's bracket and marks are the name's: "(Contact person)" names no body)
    const through = tokenAt(tokens, m.index + m[0].length);
    const marks = m[5]?.match(/\d{1,2}|\*/g) ?? [];
    return { run, name, marks, through, ...(known ? { known } : {}) };
  });
}

/** Given names only: one, or two the lexicon knows as given names ("Ana Lúcia"), not "Marie Dupont". */
function givenOnly(given: string): boolean {
  const words = given.split(/[ \t]+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
  return words.length <= 1 || words.every(isGivenName);
}
