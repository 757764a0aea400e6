import {
  isEnglishFormWritten,
  isFormWritten,
  isLegalForm,
  withLegalForm,
  writtenAsForm,
} from './legal-forms.js';
import { dashedPart, gap, headAhead, isAcronym, ORG_STEM, secondName } from './name-joins.js';
import type { Token } from './tokens.js';
import {
  CITIES,
  COUNTRIES,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_CONNECTORS,
  ORG_WORDS,
  PERSONAL_TITLES,
  ROLE_WORDS,
  STOP_WORDS,
} from './vocabulary.js';

/** A stretch of capitalised words that may be a new person's or organisation's name. */
export interface NameRun {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** "Professor", "Dr" just before a person's name. */
  readonly title?: string;
}

export { ORG_STEM };

/** "Sá" (of "Sá da Costa") folds to a legal form's letters but is not written as one. */
const orgWord = (t: Token): boolean =>
  ORG_WORDS.has(t.fold) && (!isLegalForm(t.fold) || writtenAsForm(t));

const personWord = (t: Token): boolean =>
  t.cap &&
  /^\p{L}+$/u.test(t.raw) &&
  !isAcronym(t) &&
  !ORG_STEM.test(t.fold) &&
  !orgWord(t) &&
  ![STOP_WORDS, ROLE_WORDS, PERSONAL_TITLES, COUNTRIES, NOT_NAME_WORDS].some((s) => s.has(t.fold));

/** Runs of 2–5 name-like words ("Frank E. Rademakers", "Edwin Morley-Fletcher"), none known. */
export function personRuns(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i) || !personWord(tokens[i]!) || tokens[i]!.raw.length < 2) continue;
    let j = i + 1;
    while (j < tokens.length && !covered.has(j) && continuesName(text, tokens, j)) j++;
    while (j > i + 1 && tokens[j - 1]!.raw.length === 1) j--; // a run never ends on an initial
    // ("María José de la Fuente Ortiz": particles aside, at most five words)
    const words = tokens.slice(i, j).filter((t) => !NAME_PARTICLES.has(t.raw)).length;
    if (j - i >= 2 && words <= 5 && !continuesOrgName(text, tokens, i))
      runs.push(runOf(text, tokens, i, j, titleBefore(text, tokens, i)));
    i = j - 1;
  }
  return runs;
}

/** "Hospital Universitário de São Vicente": a run after a name and a connector ends that name. */
function continuesOrgName(text: string, tokens: readonly Token[], i: number): boolean {
  const link = tokens[i - 1];
  const before = tokens[i - 2];
  return (
    link !== undefined &&
    before !== undefined &&
    before.cap &&
    /^(?:de|of|di|du|da|del|der|des|do|dos|la|le)$/.test(link.raw) &&
    gap(text, before, link) === ' ' &&
    gap(text, link, tokens[i]!) === ' '
  );
}

function continuesName(text: string, tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]!;
  const t = tokens[j]!;
  const between = gap(text, prev, t);
  const initial = prev.raw.length === 1 && prev.cap;
  // "Dall'Olio", "O'Brien", "D'Amato": a short capitalised prefix, an apostrophe, a capital
  const elided = /^['’]$/.test(between) && prev.cap && prev.raw.length <= 4 && t.cap;
  if (elided || elidedArticle(text, tokens, j)) return true;
  if (!(between === ' ' || between === '-' || (initial && between === '. '))) return false;
  if (NAME_PARTICLES.has(t.raw)) {
    // "van der Linden": particles, then the name they belong to
    const isParticle = (raw: string, k: number): boolean =>
      NAME_PARTICLES.has(raw) || elidedArticle(text, tokens, k);
    let k = j + 1;
    while (tokens[k] && isParticle(tokens[k]!.raw, k) && k - j < 3) k++;
    return tokens[k]?.cap === true;
  }
  const afterParticle = NAME_PARTICLES.has(prev.raw) || elidedArticle(text, tokens, j - 1);
  return (t.raw.length === 1 && t.cap) || personWord(t) || (afterParticle && t.cap);
}

/** The "'t" of "van 't Hoff" (Dutch "het"): after a particle, before a capitalised word. */
function elidedArticle(text: string, tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return (
    tokens[j]!.raw === 't' &&
    prev !== undefined &&
    NAME_PARTICLES.has(prev.raw) &&
    /^ ['’]$/.test(gap(text, prev, tokens[j]!)) &&
    next?.cap === true &&
    gap(text, tokens[j]!, next) === ' '
  );
}

export function titleBefore(text: string, tokens: readonly Token[], i: number): string | undefined {
  const prev = tokens[i - 1];
  // Italian feminine titles: "Prof.ssa Chiara …", "Dott.ssa …"
  const stem = tokens[i - 2];
  if (
    prev?.raw === 'ssa' &&
    stem &&
    /^(?:Prof|Dott)$/.test(stem.raw) &&
    gap(text, stem, prev) === '.'
  )
    return stem.raw === 'Prof' ? 'Professor' : 'Dottoressa';
  if (!prev || !PERSONAL_TITLES.has(prev.fold) || !/^\.? $/.test(gap(text, prev, tokens[i]!)))
    return undefined;
  return prev.raw === 'Prof' ? 'Professor' : prev.raw;
}

export function runOf(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  title?: string,
): NameRun {
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  return { first, last, start, end, text: text.slice(start, end), ...(title ? { title } : {}) };
}

/**
 * An organisation's name starting at token `i`: capitalised words and the connectors between them
 * ("University of Bologna", "Dassault Systèmes"); undefined for places, stop words and persons.
 */
export function orgRun(
  text: string,
  tokens: readonly Token[],
  i: number,
  covered: ReadonlySet<number>,
): NameRun | undefined {
  const t0 = tokens[i];
  if (!t0 || covered.has(i) || !t0.cap || STOP_WORDS.has(t0.fold) || ROLE_WORDS.has(t0.fold))
    return undefined;
  if (PERSONAL_TITLES.has(t0.fold)) return undefined; // "Mr", "Dr": a person follows
  if (!/\p{L}/u.test(t0.raw)) return undefined; // "2026 the Fundació …": a year is no name's start
  let j = i + 1;
  let dotted = false;
  while (j < tokens.length && !covered.has(j)) {
    if (j - i > 8) return undefined; // longer than any name: stop scanning (no quadratic work)
    const t = tokens[j]!;
    const between = gap(text, tokens[j - 1]!, t);
    // "Gémeo Cardio, S.A.": a legal form after a comma ends the name
    const commaForm = between === ', ' && j - i >= 2 ? withLegalForm(text, tokens, j) : undefined;
    if (commaForm && commaForm.end > j) {
      dotted = commaForm.dotted;
      j = commaForm.end;
      break;
    }
    // "Vlaams Innovatie- en Gezondheidsfonds": a word cut before "en", "und", "and"
    const suspended = between === '- ' && /^(?:en|und|and|et|e|i|y|og|och)$/.test(t.raw);
    if (dashedPart(text, tokens, i, j, between) || slashed(tokens[j - 1]!, t, between)) {
      j++; // "Charité – Universitätsmedizin Berlin": one name in two parts
      continue;
    }
    if (!suspended && !/^(?: |-|&| & |\. |\.|['’] )$/.test(between)) break;
    if (between === '. ' && tokens[j - 1]!.raw.length > 3) break; // "… Centre. Around 60": a full stop
    // "European Commission Executive Vice-President"; not "Nordhealth Policy Institute"
    if (ROLE_WORDS.has(t.fold) && !headAhead(text, tokens, j)) break;
    const legal = withLegalForm(text, tokens, j);
    if (legal.end > j) {
      dotted = legal.dotted;
      j = legal.end;
      break;
    }
    if (isEnglishFormWritten(text, tokens, j)) {
      j++; // "Nordvik Insight AS", not "TWINS AS A SERVICE"
      break;
    }
    if (between === '.') break;
    if (j - 1 > i && !t.cap && isLegalForm(tokens[j - 1]!.fold) && isFormWritten(tokens[j - 1]!))
      break; // "Kestrel Biosim GmbH and Nordvik Insight AB": a legal form ends a name
    if (t.cap && !STOP_WORDS.has(t.fold)) j++;
    else if (
      ORG_CONNECTORS.has(t.raw) &&
      tokens[j + 1]?.cap &&
      /^\p{L}/u.test(tokens[j + 1]!.raw) && // "the Commission on 9 April": a date, not a name
      !(t.raw === 'and' && j - i < 2) &&
      !(t.raw === 'and' && secondName(text, tokens, i, j))
    )
      j++;
    else break;
  }
  while (j > i && ORG_CONNECTORS.has(tokens[j - 1]!.raw)) j--;
  if (j - i >= 3 && tokens[j - 2]!.raw === 'in') j -= 2; // "Hospital de Santa Clara in Lisbon"
  // "the European Parliament in Brussels on AI": a name ends before "in <city>"
  const inCity = tokens
    .slice(i + 1, j - 1)
    .findIndex((t, k) => t.raw === 'in' && CITIES.has(tokens[i + 2 + k]!.fold));
  if (inCity >= 0) j = i + 1 + inCity;
  const found = runOf(text, tokens, i, j);
  const run = dotted ? { ...found, end: found.end + 1, text: `${found.text}.` } : found;
  const folded = tokens
    .slice(i, j)
    .map((t) => t.fold)
    .join(' ');
  if (COUNTRIES.has(folded) || j - i > 8) return undefined;
  return run;
}

/** "Greens/EFA": a word and an acronym one name (not "SANTE/CONNECT": two acronyms, two bodies). */
const slashed = (prev: Token, t: Token, between: string): boolean =>
  between === '/' && t.cap && /\p{Ll}/u.test(prev.raw);

/**
 * Capitalised words (and connectors) from token i up to `end` and no further: a name that fills
 * the rest of a line ("Baltic Policy Letter"), whatever its words; undefined if anything else
 * comes before `end`.
 */
export function capitalRunTo(
  text: string,
  tokens: readonly Token[],
  i: number,
  end: number,
  covered: ReadonlySet<number>,
): NameRun | undefined {
  let j = i;
  while (j < tokens.length && tokens[j]!.end <= end && j - i <= 8) {
    const t = tokens[j]!;
    const joined = j === i || /^(?: |-|&| & )$/.test(gap(text, tokens[j - 1]!, t));
    if (covered.has(j) || !joined || !(t.cap || (ORG_CONNECTORS.has(t.raw) && j > i))) break;
    j++;
  }
  if (j - i < 2 || ORG_CONNECTORS.has(tokens[j - 1]!.raw)) return undefined;
  const run = runOf(text, tokens, i, j);
  return /^[\s.,;]*$/.test(text.slice(run.end, end)) ? run : undefined;
}
