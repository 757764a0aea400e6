/** A person named again: by a title and the surname, or by the surname after the full name. */
import { escapeRegExp } from './regex-escape.js';
import type { NameRun } from './name-runs.js';
import { lineBefore } from './text-lines.js';
import type { Token } from './tokens.js';
import { HONORIFIC } from './vocabulary.js';
import { DOCUMENT_HEADS, ROLE_WORDS } from './vocabulary.js';

/**
 * "Mairéad Costigan, Patient Data Advocacy Ireland (PDAI)" in a list of those present, then "Ms
 * Costigan restated …": a full name whose surname the text gives a title is a person's.
 */
export function titledLater(
  text: string,
  runs: readonly NameRun[],
  why: (string | undefined)[],
): void {
  runs.forEach((run, k) => {
    const words = run.text.split(/\s+/);
    if (why[k] || words.length < 2 || words.length > 4) return;
    // (a list's line opened by the name, then its organisation: "Mairéad Costigan, Patient …")
    const line = lineBefore(text, run.start);
    if (!/^[ \t]*(?:[-•*][ \t]+)?$/.test(line) || text[run.end] !== ',') return;
    const surname = escapeRegExp(words.at(-1)!);
    const titled = new RegExp(String.raw`\b(${HONORIFIC})\s+${surname}(?![\p{L}-])`, 'giu');
    // (a title as written: "Ms", "Dr"; not "MS" or "ING" in capitals)
    const used = [...text.slice(run.end).matchAll(titled)].some((m) =>
      /^\p{Lu}\p{Ll}/u.test(m[1]!),
    );
    if (used) why[k] = `titled later: "${surname}"`;
  });
}

/**
 * "Marta Oliveira-Dahl has spent …" then "Oliveira-Dahl told us": the full name is the person;
 * the short one is found again as their surname — also when it comes first ("Dear Vice-Rector
 * Dall'Olio, …" before "Prof.ssa Chiara Dall'Olio").
 */
/**
 * A full name's run with a thing's word before it: "Report Ilse Vandermeulen (A10-0214/2025)" after
 * "Ilse Vandermeulen (Renew, BE)" is a label and the name, not a longer name.
 */
function labelBefore(run: NameRun, named: NameRun): boolean {
  const [words, short] = [run.text.split(/\s+/), named.text.split(/\s+/)];
  // (a document's or a post's word, not a first name the lexicon also knows: "Frank", "Guy")
  const label = (w: string) =>
    DOCUMENT_HEADS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase());
  return short.length >= 2 && words.slice(0, -short.length).some(label);
}

export function namedInFullEarlier(
  tokens: readonly Token[],
  runs: readonly NameRun[],
  why: (string | undefined)[],
): void {
  const words = (r: NameRun) => tokens.slice(r.first, r.last).map((t) => t.fold);
  for (let k = 0; k < runs.length; k++) {
    if (!why[k]) continue;
    const short = words(runs[k]!);
    const full = runs.findIndex((r, j) => {
      const w = words(r);
      return (
        j !== k &&
        w.length > short.length &&
        short.every((x, n) => w.at(n - short.length) === x) &&
        !labelBefore(r, runs[k]!)
      );
    });
    if (full < 0) continue;
    // the full name is the person (already one, or now); the short one is their surname
    why[full] ??= `named again: "${runs[k]!.text}" ${why[k]}`;
    why[k] = undefined;
  }
}
