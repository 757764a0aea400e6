/** The parts of written dates that datelines and page dates share. */

/** "3 March 2026", "March 3, 2026", "2026-03-03": a full date, written. */
export const DATE_PART = String.raw`(\d{1,2}(?:st|nd|rd|th)?\.? \p{L}+\.? \d{4}|\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}-\d{2}-\d{2})`;

/** Where the first `lines` lines with text end (blank lines between them are not counted). */
export function firstLinesEnd(body: string, lines: number): number {
  let at = 0;
  for (let n = 0; n < lines;) {
    const next = body.indexOf('\n', at);
    if (next < 0) return body.length;
    if (body.slice(at, next).trim()) n++;
    at = next + 1;
    if (!body.slice(at).trim()) return body.length;
  }
  return at;
}
