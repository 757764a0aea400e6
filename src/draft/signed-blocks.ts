/**
 * The blocks a name's line may sit in that say it is a person's: a letter's signature under its
 * closing formula, a minutes' attendance list under its heading.
 */
import { lineAbove, lineStart, linesAbove } from './text-lines.js';

/** A letter's closing formula: "Yours sincerely,", "Kind regards,", "Sincerely". */
const CLOSING =
  /^[ \t]*(?:Yours(?:[ \t]+(?:sincerely|faithfully|truly))?|(?:(?:Kind|Best|Warm|Warmest)[ \t]+|With[ \t]+(?:best|kind|warm)[ \t]+)(?:regards|wishes)|Sincerely(?:[ \t]+yours)?|Respectfully|(?:Best[ \t]+|Kind[ \t]+)?Regards|Best)[ \t]*[,.]?[ \t]*$/i;
/** What stands between the formula and the name: "(signed)", "(e-signed)", "[signature]". */
const SIGNED_MARK = /^[ \t]*[([]?(?:e-?)?sign(?:ed|ature)[)\]]?[ \t]*$/i;

/** The name's line is under a letter's closing formula ("Yours sincerely,⏎⏎(e-signed)⏎Name"). */
export function signedOff(text: string, at: number): boolean {
  let above = lineAbove(text, lineStart(text, at));
  if (SIGNED_MARK.test(above.text)) above = lineAbove(text, above.start);
  return CLOSING.test(above.text);
}

/**
 * The name's line is right under a signature's mark, with no formula ("…our work.⏎⏎(e-signed)⏎
 * Roberto Viola": a note that ends without one); a person's name must say it is one.
 */
export function underSignatureMark(text: string, at: number): boolean {
  const above = lineAbove(text, lineStart(text, at));
  const gap = text.slice(above.start + above.text.length, lineStart(text, at));
  return SIGNED_MARK.test(above.text) && !/\n[ \t]*\n/.test(gap);
}

/** A minutes' attendance heading alone on its line: "Present", "In attendance", "Apologies". */
const ATTENDANCE =
  /^[ \t]*(?:Present|In attendance|Also present|Members present|Attendees|Attendance|Apologies|Apologies for absence|Absent|Excused)[ \t]*:?[ \t]*$/i;

/** The name's line is in the block under an attendance heading (no blank line between). */
export function underAttendance(text: string, at: number): boolean {
  let k = 0;
  for (const line of linesAbove(text, at)) {
    if (ATTENDANCE.test(line)) return true;
    if (!line.trim() || ++k > 30) return false;
  }
  return false;
}
