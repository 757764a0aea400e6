/**
 * A person's entry in a form or a directory, whatever the sentence around: a form's or a signature
 * block's "Name:" field, a staff directory's name over its phone line. Both need a name that opens
 * with a first name: a form's or a directory's company, office or place is no person.
 */
import type { NameRun } from './name-runs.js';
import { hasOrgWord, looksLikePerson } from './person-cues.js';
import type { RunContext } from './person-pattern-late.js';

/**
 * A form's or a signature block's field: "Name:        Bruno Delacroix", "Signatory: Dr Ana Costa"
 * (a second signer may stand beside the first, after a wide gap). The whole value is a name of two
 * words or more that opens with a first name, with no organisation's word.
 */
const NAME_FIELD =
  /(?:^|\n)[ \t]*(?:(?:Full|Signatory['’]s|Contact)[ \t]+)?(?:Name|Signatory|Signed[ \t]+by|Contact[ \t]+person)[ \t]*:[ \t]*(?:(?:(?:Dr|Prof|Mr|Ms|Mrs|Dott|Ing)\.?[ \t]+)*(?:\S[^\n]*?(?:\t|[ \t]{2,}))?)?(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?[ \t]+)*$/i;

export function inNameField(run: NameRun, c: RunContext): boolean {
  return (
    NAME_FIELD.test(c.before) &&
    /^(?:[ \t]*$|\t|[ \t]{2,})/.test(c.after.split('\n')[0]!) &&
    run.text.includes(' ') &&
    !hasOrgWord(run.text) &&
    // (a first name: not "Name: Novo Nordisk", "Name: Gesundheit Österreich", a form's company)
    looksLikePerson(run.text)
  );
}

/** A phone's line: "Tel. +32 2 298 41 07", "Phone: 0032 …", "T +49 …". */
const PHONE_LINE =
  /^[ \t]*(?:Tel(?:ephone)?|Phone|Mobile|Mob|T|M)\.?[ \t]*[:.]?[ \t]*(?:\+|00|\(0)\d/i;

/** A staff directory's entry: the name's line, a line of its work maybe, then a phone's line. */
function overPhone(text: string, lineEnd: number): boolean {
  const next = text
    .slice(lineEnd + 1, lineEnd + 400)
    .split('\n')
    .slice(0, 3);
  const phone = next.findIndex((l) => PHONE_LINE.test(l));
  return phone >= 0 && next.slice(0, phone).every((l) => l.trim() !== '');
}

/** The run alone on its line over a phone's line (an office's "Semmelweis Egyetem Sajtóiroda" is none). */
export function directoryEntry(text: string, run: NameRun, c: RunContext): boolean {
  return (
    c.line === run.text &&
    overPhone(text, c.lineEnd) &&
    !hasOrgWord(run.text) &&
    run.text.includes(' ') &&
    looksLikePerson(run.text)
  );
}
