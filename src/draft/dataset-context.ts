/**
 * Where a dataset's name, found in a text, is not that organisation: inside a longer name
 * ("Quantis" of "Quantis Health", "CHU" of "CHU de Liège", "AOK" of "AOK-Bundesverband"), a word
 * of a heading in capitals ("3. TRUST"), a dateline's city ("LUND, Sweden"), or a phrase whose
 * words are not all capitalised ("Sustainable energy"). A job title after it ("ECB President"), a
 * nationality or a sentence's first word before it ("the French CNRS", "Both INSERM") are no part
 * of a longer name.
 */
import { isLegalForm } from './legal-forms.js';
import { opensSentence, type Token } from './tokens.js';
import {
  COUNTRIES,
  isNationality,
  ORG_CONNECTORS,
  PERSONAL_TITLES,
  ROLE_WORDS,
  STOP_WORDS,
} from './vocabulary.js';
import { lineStart } from './text-lines.js';

/** Lower-case words that go on with a name: "CHU de Liège", "Ministry of Health of Latvia". */
const GOES_ON = new Set('of de du des di da del della der für fur zur voor van'.split(' '));

const nameWordAfter = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.cap &&
  /^\p{L}/u.test(t.raw) &&
  !STOP_WORDS.has(t.fold) &&
  !ROLE_WORDS.has(t.fold) &&
  !PERSONAL_TITLES.has(t.fold);

export function datasetNameFits(
  text: string,
  tokens: readonly Token[],
  i: number,
  k: number,
): boolean {
  const span = tokens.slice(i, i + k);
  if (span.some((t) => !t.cap && !ORG_CONNECTORS.has(t.raw))) return false;
  if (k === 1 && (inCapitalsLine(text, span[0]!) || beforeCountry(text, span[0]!))) return false;
  // "Sanofi" inside a sentence, not "Atlas of …" opening one (an acronym may)
  if (k === 1 && !/^\p{Lu}{2,}/u.test(span[0]!.raw) && opensSentence(text, tokens, i)) return false;
  return !longerBefore(text, tokens, i) && !longerAfter(text, tokens, i, k);
}

function longerBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!nameWordAfter(before) || text.slice(before!.end, tokens[i]!.start) !== ' ') return false;
  return !opensSentence(text, tokens, i - 1) && !isNationality(before!.fold);
}

function longerAfter(text: string, tokens: readonly Token[], i: number, k: number): boolean {
  const [last, after, next] = [tokens[i + k - 1]!, tokens[i + k], tokens[i + k + 1]];
  if (!after || isLegalForm(last.fold)) return false; // a legal form ends a name
  const gap = text.slice(last.end, after.start);
  if (nameWordAfter(after) && (gap === ' ' || gap === '-')) return true;
  return (
    gap === ' ' &&
    GOES_ON.has(after.raw) &&
    nameWordAfter(next) &&
    text.slice(after.end, next!.start) === ' '
  );
}

/** A line without a small letter: a heading in capitals ("4. WATER", "AGAINST THE CLOCK"). */
function inCapitalsLine(text: string, t: Token): boolean {
  const from = lineStart(text, t.start);
  const to = text.indexOf('\n', t.end);
  return !/\p{Ll}/u.test(text.slice(from, to < 0 ? undefined : to));
}

/** "LUND, Sweden": a city in a dateline. */
function beforeCountry(text: string, t: Token): boolean {
  const country = /^,\s*(\p{Lu}[\p{L} ]+?)(?=[,.–—-]|\s+\d|$)/u.exec(text.slice(t.end, t.end + 40));
  return country !== null && COUNTRIES.has(country[1]!.toLowerCase());
}
