import { normaliseText } from '../model/names/normalise.js';
import { linesOf } from './text-lines.js';

/** A word of the text, with where it is: matching works on words, evidence is cut from offsets. */
export interface Token {
  readonly raw: string;
  /** Case- and accent-folded form ("Systèmes" → "systemes"). */
  readonly fold: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital letter (or is a number): could be part of a name. */
  readonly cap: boolean;
}

export interface Sentence {
  start: number;
  end: number;
}

/**
 * Words: letters and digits; hyphens, apostrophes and dots split ("DG-CNECT" → DG, CNECT); a German
 * gender mark stays in its word ("Patient:innen", "Ärzt*innen").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[:*_]innen(?![\p{L}\p{N}]))?/gu)) {
    const raw = m[0];
    tokens.push({
      raw,
      fold: normaliseText(raw.replace(/[:*_](?=innen$)/, '')),
      start: m.index,
      end: m.index + raw.length,
      // "eHealth", "mHealth": a capital after one small letter still names ("Baltic eHealth Alliance")
      cap: /^(?:[\p{Lu}\p{N}]|\p{Ll}\p{Lu})/u.test(raw),
    });
  }
  return tokens;
}

/** A name's words, folded, as the tokenizer sees them in a text. */
export const foldedWords = (name: string): string[] =>
  normaliseText(name).split(' ').filter(Boolean);

/**
 * Sentences: split after . ! ? (and closing quotes) followed by a space and a capital, and at line
 * breaks that do not wrap a line; "Prof. Frank E. Rademakers" is not split after an initial or a
 * known abbreviation.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of lineBlocks(text)) {
    let start = block.start;
    const part = text.slice(block.start, block.end);
    for (const m of part.matchAll(/([.!?]["”’']*)(\s+)(?=["“‘']?[\p{Lu}\p{N}])/gu)) {
      const at = block.start + m.index;
      if (isAbbreviation(text.slice(Math.max(0, at - 6), at))) continue;
      // "Evidence Without Patients? Regulatory Pathways …": a question inside a quoted title
      if (/^[?!]$/.test(m[1]!) && insideQuote(text.slice(start, at))) continue;
      out.push(trimSpan(text, start, at + m[1]!.length));
      start = at + m[0].length;
    }
    out.push(trimSpan(text, start, block.end));
  }
  return out.filter((s) => s.end > s.start);
}

/** Whether a sentence so far has a quotation mark still open ("“…", or an odd number of "). */
const insideQuote = (sofar: string): boolean =>
  (sofar.match(/“/g)?.length ?? 0) > (sofar.match(/”/g)?.length ?? 0) ||
  (sofar.match(/"/g)?.length ?? 0) % 2 === 1;

/**
 * Lines joined into blocks: a line goes on the one before when it is indented or starts in lower
 * case (wrapped notes), unless the one before is a heading or the line is `key: value`.
 */
function lineBlocks(text: string): Sentence[] {
  const blocks: Sentence[] = [];
  let previous = '';
  for (const { start: offset, text: line } of linesOf(text)) {
    const goesOn =
      blocks.length > 0 &&
      previous.trim() !== '' &&
      !/^\s*#/.test(previous) &&
      /^(?:[ \t]+\S|\p{Ll})/u.test(line) &&
      !/^\s*[\w-]+:\s/.test(line);
    if (goesOn) blocks.at(-1)!.end = offset + line.length;
    else if (line.trim()) blocks.push({ start: offset, end: offset + line.length });
    previous = line;
  }
  return blocks;
}

const ABBREVIATIONS =
  /(?:^|[\s(])(?:[A-Z]|Prof|Dr|Mr|Mrs|Ms|St|No|Art|Vol|Ing|Mag|Dipl|Drs|e\.g|i\.e|etc|vs)$/;
const isAbbreviation = (before: string): boolean => ABBREVIATIONS.test(before);

function trimSpan(text: string, start: number, end: number): Sentence {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The index of the sentence holding offset `at` (sentences sorted by start). */
export function sentenceAt(list: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token i is the first of its sentence or line. */
export function opensSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || /[.!?:;]\s*$|\n\s*$/.test(text.slice(prev.end, tokens[i]!.start));
}

/**
 * The tokens a name from `start` to `end` spans ({ first, last }, `last` excluded), when a token
 * starts there and no token of it is `covered` yet; else undefined.
 */
export function freeSpan(
  tokens: readonly Token[],
  start: number,
  end: number,
  covered: ReadonlySet<number>,
): { first: number; last: number } | undefined {
  const first = tokenAt(tokens, start);
  const after = tokens.findIndex((t) => t.start >= end);
  const last = after < 0 ? tokens.length : after;
  if (first < 0 || tokens[first]!.start !== start) return undefined;
  for (let t = first; t < last; t++) if (covered.has(t)) return undefined;
  return { first, last };
}
