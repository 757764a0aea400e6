import nlp from 'compromise';
import { isTitle } from './job-titles.js';
import { HONORIFIC } from './vocabulary.js';
import type { NameRun } from './name-runs.js';
import { allCommon, hasOrgWord } from './person-cues.js';
import { lineBefore, lineEnd, lineStart, type Span } from './text-lines.js';

/**
 * A committee's list, one member a line: "Jakob Eder, Medical University of Vienna, Austria" under
 * "Oskar Lindgren, Karolinska Institutet, Sweden". A name that opens its line before a comma is a
 * person's when the line above or below opens the same way with a person's name.
 */
export function listedOnLines(
  text: string,
  runs: readonly NameRun[],
  known: readonly Span[],
  why: (string | undefined)[],
): void {
  const opening = (r: Span) => TITLED_LINE.test(lineBefore(text, r.start)) && text[r.end] === ',';
  // (the line's start → whether a post follows the person's name: "Sabine Obermaier, Press
  // Officer" is no model for "Stabsstelle Unternehmenskommunikation, Universitätsklinikum …")
  const personAt = new Map<number, boolean>();
  const mark = (r: Span) => personAt.set(lineStart(text, r.start), postAfter(text, r));
  known.filter(opening).forEach(mark);
  runs.forEach((r, k) => why[k] && opening(r) && mark(r));
  for (let changed = true; changed;) {
    changed = false;
    runs.forEach((r, k) => {
      if (why[k] || !opening(r) || !nameLike(r.text) || placeAfter(text, r)) return;
      const line = lineStart(text, r.start);
      const above = line > 0 ? lineStart(text, line - 1) : -1;
      const below = lineEnd(text, r.start) + 1;
      const post = postAfter(text, r);
      if (personAt.get(above) !== post && personAt.get(below) !== post) return;
      why[k] = 'listed on the line beside a person’s';
      mark(r);
      changed = true;
    });
  }
}

/** Only blanks, a bullet or a title ("Dr ", "Prof. ") before the name on its line. */
const TITLED_LINE = new RegExp(String.raw`^[ \t]*(?:[-•*][ \t]+)?(?:${HONORIFIC}[ \t]+)?$`, 'i');

/** What follows the name's comma is a post ("Press Officer"), not an organisation. */
const postAfter = (text: string, r: Span): boolean =>
  isTitle(
    text
      .slice(r.end + 1, lineEnd(text, r.end))
      .split(',')[0]!
      .trim(),
  );

/** A place after the name's comma: "Palo Alto, California" is an address's line. */
const placeAfter = (text: string, r: Span): boolean =>
  isPlace(
    text
      .slice(r.end + 1, lineEnd(text, r.end))
      .split(',')[0]!
      .trim(),
  );
/** Words the tagger reads as a place, all of them ("California", not "University of Ljubljana"). */
const isPlace = (words: string): boolean => nlp(words).places().text() === words;

/** Two to four words, none an organisation's, not all common ones, not a place ("Palo Alto"). */
const nameLike = (name: string): boolean => {
  const words = name.split(/\s+/).length;
  return words >= 2 && words <= 4 && !hasOrgWord(name) && !allCommon(name) && !isPlace(name);
};

/** People's posts in the plural (not "founders", "partners": a company may be one). */
const PLURAL_POSTS =
  /^(?:Councillors|Councilors|Aldermen|Ministers|Commissioners|Senators|Professors|Doctors|MEPs|Deputies|Mayors|Rapporteurs|Ambassadors|Drs)$/;

/** Most of the name's words (not its particles: "van", "de") are common ones. */
export const mostlyCommon = (name: string): boolean => {
  const words = name.split(/\s+/).filter((w) => !NAME_PARTICLE.test(w));
  return words.filter((w) => allCommon(w)).length * 2 >= words.length;
};
const NAME_PARTICLE = /^(?:van|von|de|den|der|da|di|du|del|della|la|le|ter|ten|ní|nic|mac|o)$/i;

/**
 * "Councillors Fatma Yıldız, Pieter-Jan De Wachter, Koen Maes and Jana Smets": a title in the
 * plural before a list of names gives it to each name of the list.
 */
export function pluralTitled(
  text: string,
  runs: readonly NameRun[],
  why: (string | undefined)[],
  gap: RegExp,
): void {
  let chain = false;
  runs.forEach((r, k) => {
    const before = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, r.start - 24), r.start))?.[1];
    const plural = before !== undefined && PLURAL_POSTS.test(before);
    chain = plural || (chain && k > 0 && gap.test(text.slice(runs[k - 1]!.end, r.start)));
    // (not "Councillors Allowances Scheme": words most of which are common ones)
    if (chain && !why[k] && nameLike(r.text) && !mostlyCommon(r.text))
      why[k] = `listed after "${before ?? 'a title'}"`;
  });
}
