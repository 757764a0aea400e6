/**
 * Lines and paragraphs of an article's text, by offset. A paragraph ends at a blank line (one that
 * holds nothing but spaces or tabs); every rule that asks "the same line" or "the same paragraph"
 * asks it here, so that they all agree.
 */

/** A stretch of the text, by offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where the line holding `at` starts. */
export const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** Where the line holding `at` ends (its newline, or the text's end). */
export const lineEnd = (text: string, at: number): number => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};

/** The whole line that holds `at`. */
export const lineAt = (text: string, at: number): string =>
  text.slice(lineStart(text, at), lineEnd(text, at));

/** The line that holds `at`, up to `at`. */
export const lineBefore = (text: string, at: number): string => text.slice(lineStart(text, at), at);

/** A line of the text: where it starts, and what it holds. */
export interface Line {
  readonly start: number;
  readonly text: string;
}

/** Every line of the text with where it starts ("\n" ends a line; the last one may be empty). */
export function linesOf(text: string): Line[] {
  let at = 0;
  return text.split('\n').map((line) => {
    const out = { start: at, text: line };
    at += line.length + 1;
    return out;
  });
}

/** The non-empty line above the one starting at `at` (an empty text at 0 when there is none). */
export function lineAbove(text: string, at: number): Line {
  const before = text.slice(0, at).replace(/\s+$/, '');
  const start = before.lastIndexOf('\n') + 1;
  return { start, text: before.slice(start) };
}

/** The lines above the one holding `at`, nearest first, blank ones included. */
export function* linesAbove(text: string, at: number): Generator<string> {
  for (let start = lineStart(text, at); start > 0;) {
    start = lineStart(text, start - 1);
    yield text.slice(start, lineEnd(text, start));
  }
}

/** Only blanks or a bullet before `at` on its line. */
export const opensLine = (text: string, at: number): boolean =>
  /^[ \t]*(?:[-•*][ \t]+)?$/.test(lineBefore(text, at));

/** … or a list's number: "6. Joana Sequeira Carvalho", a ranking's entry. */
export const opensItem = (text: string, at: number): boolean =>
  OPENS_ITEM.test(lineBefore(text, at));

/** What may open a list's item before its name: a bullet, a number, an image's placeholder ("[photo]"). */
const ITEM_MARK = String.raw`(?:[-•*]|\d{1,3}[.)]|\[(?:photo|image|portrait|picture|img)\])`;
const OPENS_ITEM = new RegExp(String.raw`^[ \t]*(?:${ITEM_MARK}[ \t]+)?$`, 'i');
const HEADS_ITEM = new RegExp(
  String.raw`^[ \t]*${ITEM_MARK}?[ \t]*(?:(?:Prof|Dr|Mr|Ms|Mrs)\.?[ \t]+)*$`,
  'i',
);

/**
 * A name that heads an entry: alone on its line after a bullet, a list's number or titles
 * ("2. Dr Saila Rinne"), with only `trailing` after it on the line (blanks by default).
 */
export const headsItem = (text: string, start: number, end: number, trailing = BLANK): boolean =>
  HEADS_ITEM.test(lineBefore(text, start)) && trailing.test(text.slice(end, lineEnd(text, end)));

const BLANK = /^[ \t]*$/;

/** Where the paragraph holding `at` starts: after the last blank line before it. */
export function paragraphStart(text: string, at: number): number {
  for (let nl = text.lastIndexOf('\n', at - 1); nl >= 0;) {
    const prev = text.lastIndexOf('\n', nl - 1);
    if (BLANK.test(text.slice(prev + 1, nl))) return nl + 1;
    nl = prev;
  }
  return 0;
}

/** Where the paragraph holding `at` ends: at the newline before the next blank line. */
export function paragraphEnd(text: string, at: number): number {
  for (let nl = text.indexOf('\n', at); nl >= 0;) {
    const next = text.indexOf('\n', nl + 1);
    if (next >= 0 && BLANK.test(text.slice(nl + 1, next))) return nl;
    nl = next;
  }
  return text.length;
}

/** The paragraph that holds `at` (or, given `to`, every paragraph from `at`'s to `to`'s). */
export const paragraphAt = (text: string, at: number, to = at): string =>
  text.slice(paragraphStart(text, at), paragraphEnd(text, to));

/** How many blank lines lie between two offsets. */
export const paragraphsBetween = (text: string, from: number, to: number): number =>
  (text.slice(from, to).match(/\n[ \t]*\n/g) ?? []).length;

/** `at` is in the paragraph that holds `anchor`. */
export const inParagraph = (text: string, anchor: number, at: number): boolean =>
  paragraphsBetween(text, Math.min(anchor, at), Math.max(anchor, at)) === 0;
