/**
 * A person's entry in a form or a directory, whatever the sentence around: a form's or a signature
 * block's "Name:" field, a staff directory's name over its phone line, a post's author over its
 * time. The first two need a name that opens with a first name: a form's or a directory's company,
 * office or place is no person.
 */
import type { NameRun } from './name-runs.js';
import { hasOrgWord, looksLikePerson, someCommonName } from './person-cues.js';
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

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/**
 * A post's time on a line of its own: "Thu, Mar 12 at 10:22 AM", "12 March 2026, 09:14",
 * "Yesterday at 16:05", "2026-03-12 10:22 CET". A clock's time is needed; a day alone is a date line.
 */
const POSTED_AT = new RegExp(
  String.raw`^[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Today|Yesterday)[a-z]*\.?,?[ \t]+)?(?:(?:\d{1,2}[ \t]+)?${MONTH}(?:[ \t]+\d{1,2})?,?(?:[ \t]+\d{4})?,?[ \t]+|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+|\d{4}-\d{2}-\d{2}(?:[ \t]+|T))?(?:at[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?(?:[ \t]*(?:CET|CEST|UTC|GMT))?[ \t]*$`,
);

/** A chat's or a forum's post: its author's name alone on a line, the post's time on the next. */
export function postAuthor(text: string, run: NameRun, c: RunContext): boolean {
  const next = text.slice(c.lineEnd + 1, c.lineEnd + 80).split('\n')[0] ?? '';
  // (a day with the time, or "AM"/"PM": a bare "10:45" under a venue is a programme's time)
  const dated = /\p{L}|\d[./-]\d/u.test(next.replace(/\b(?:CET|CEST|UTC|GMT)\b/g, ''));
  return (
    c.line === run.text &&
    c.lineEnd >= 0 &&
    POSTED_AT.test(next) &&
    dated &&
    run.text.includes(' ') &&
    !hasOrgWord(run.text) &&
    (looksLikePerson(run.text) || !someCommonName(run.text))
  );
}
