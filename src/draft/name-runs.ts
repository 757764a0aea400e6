import { opensNoName } from './name-extents.js';
import { isLegalForm, writtenAsForm } from './legal-forms.js';
import { romanisedSyllable } from './romanised-names.js';
import { gap, isAcronym, ORG_STEM, titleOfAfter } from './name-joins.js';
import type { Token } from './tokens.js';
import { escapeRegExp } from './regex-escape.js';
import {
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
export { orgRun } from './org-run.js';

/** "Sá" (of "Sá da Costa") folds to a legal form's letters but is not written as one. */
const orgWord = (t: Token): boolean =>
  ORG_WORDS.has(t.fold) && (!isLegalForm(t.fold) || writtenAsForm(t));

const personWord = (t: Token): boolean =>
  t.cap &&
  /^\p{L}+$/u.test(t.raw) &&
  !isAcronym(t) &&
  !ORG_STEM.test(t.fold) &&
  !orgWord(t) &&
  ![STOP_WORDS, ROLE_WORDS, PERSONAL_TITLES, COUNTRIES, NOT_NAME_WORDS].some((s) =>
    s.has(t.fold),
  ) &&
  // ("Contact Máire Ní Fhlannagáin, Head of Fundraising": an instruction's verb before a name)
  !/^(?:contact|email|e-mail|call|write|ask|join|follow|visit)$/.test(t.fold);

/** "Prof. An Vermeulen": a first name that is a small word elsewhere, after a person's title. */
const titledShortName = (text: string, tokens: readonly Token[], i: number): boolean => {
  const [title, t, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  return (
    !!title &&
    !!next &&
    t.cap &&
    /^\p{Lu}\p{Ll}+$/u.test(t.raw) &&
    !/^(?:The|And|Of|In|For|To|On|At|By|With|From|Or)$/.test(t.raw) &&
    // (only a small word's spelling: not "Professor Dame Sally Davies", a title after a title)
    STOP_WORDS.has(t.fold) &&
    !PERSONAL_TITLES.has(t.fold) &&
    PERSONAL_TITLES.has(title.fold) &&
    /^\.?[ \t]$/.test(text.slice(title.end, t.start)) &&
    personWord(next) &&
    text.slice(t.end, next.start) === ' '
  );
};

/** Runs of 2–5 name-like words ("Frank E. Rademakers", "Edwin Morley-Fletcher"), none known. */
export function personRuns(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const initialled = covered.has(i) ? undefined : titledInitials(text, tokens, i, covered);
    if (initialled) {
      const run = runOf(text, tokens, i, initialled, titleBefore(text, tokens, i));
      // (a committee's "Prof. dr. ir. L. Geris" is the "Liesbet Geris" the text names in full)
      if (!spelledOutIn(text, run.text)) runs.push(run);
      i = initialled - 1;
      continue;
    }
    if (covered.has(i) || !(personWord(tokens[i]!) || titledShortName(text, tokens, i))) continue;
    // (nor a boilerplate heading's "About": "About Dorota Zielińska-Marchetti")
    if (tokens[i]!.raw.length < 2 || opensNoName(text, tokens[i]!)) continue;
    // ("Data-Driven Healthcare of …": a name never starts inside a hyphenated word)
    if (/\p{L}-$/u.test(text.slice(tokens[i]!.start - 2, tokens[i]!.start))) continue;
    let j = i + 1;
    while (j < tokens.length && !covered.has(j) && continuesName(text, tokens, j)) j++;
    // ("Dr Marta QUINTELA ROCHA", "Ms Kadri LEPIK": minutes write a titled person's surname in capitals)
    // (and press contacts: "Eva HRNČÍŘOVÁ⏎Phone⏎+32 2 …", a name alone on its line over its phone)
    const capitals = withSurnameInCapitals(text, tokens, j, covered);
    // (or alone on its line: a title page's author, "Inês CARVALHO MOREIRA")
    if (
      titleBefore(text, tokens, i) ||
      (capitals > j &&
        (overContact(text, tokens, i, capitals) ||
          (j === i + 1 && aloneOnLine(text, tokens, i, capitals))))
    )
      j = capitals;
    while (j > i + 1 && tokens[j - 1]!.raw.length === 1) j--; // a run never ends on an initial
    // ("María José de la Fuente Ortiz": particles aside, at most five words)
    const words = tokens.slice(i, j).filter((t) => !NAME_PARTICLES.has(t.raw)).length;
    if (j - i >= 2 && words <= 5 && !continuesOrgName(text, tokens, i))
      runs.push(runOf(text, tokens, i, j, titleBefore(text, tokens, i)));
    i = j - 1;
  }
  return runs;
}

/** The text names "R.J. Koster" in full too: a first name with that initial, then that surname. */
function spelledOutIn(text: string, initialled: string): boolean {
  const m = /^(\p{Lu})\.[\p{Lu}.]*\s+(.+)$/u.exec(initialled);
  if (!m) return false;
  const full = new RegExp(
    String.raw`\b${m[1]}\p{Ll}+(?:[ -]\p{Lu}[\p{L}-]*)?\s+${escapeRegExp(m[2]!)}\b`,
    'u',
  );
  return full.test(text);
}

/**
 * A titled name written with initials: "mr. R.J. Koster", "dr. I. Vos", "Prof. W.H. van Rijswijk"
 * (a court's, a Dutch or Flemish page's way). The token after the name's end, or undefined.
 */
function titledInitials(
  text: string,
  tokens: readonly Token[],
  i: number,
  covered: ReadonlySet<number>,
): number | undefined {
  if (!titleBefore(text, tokens, i)) return undefined;
  let k = i;
  const initial = (t: Token | undefined) =>
    !!t && /^\p{Lu}$/u.test(t.raw) && text[t.end] === '.' && !covered.has(tokens.indexOf(t));
  while (initial(tokens[k])) k++;
  if (k === i) return undefined;
  // ("K. De Smedt", "W.H. van Rijswijk": a particle, small or capitalised, before the surname)
  while (
    /^(?:van|von|de|der|den|ter|ten|du|da|di)$/i.test(tokens[k]?.raw ?? '') &&
    tokens[k + 1]?.cap
  )
    k++;
  const surname = tokens[k];
  if (!surname?.cap || surname.raw.length < 2 || covered.has(k)) return undefined;
  return k + 1;
}

/**
 * The run's end taken over a surname in capitals ("Dr Marta QUINTELA ROCHA, Director"): its words
 * end the name (a comma, a bracket, a dash, a table's cell or the line's end follows), each with a vowel and none
 * a title's letters after a name ("Dr Anna Kowalska MPH", "Mr Colm Burke TD welcomed").
 */
function withSurnameInCapitals(
  text: string,
  tokens: readonly Token[],
  j: number,
  covered: ReadonlySet<number>,
): number {
  let k = j;
  while (k < tokens.length && !covered.has(k) && surnameInCapitals(text, tokens, k)) k++;
  if (k === j) return j;
  const after = text.slice(tokens[k - 1]!.end, tokens[k - 1]!.end + 4);
  // (or a table's next cell: "Dr Kateřina NOVOTNÁ⇥Czech")
  return /^(?:[ \t]*[,()\n]|[ \t]+[–—-][ \t]|[ \t]*$|\t|[ \t]+\|[ \t])/.test(after) ? k : j;
}

/**
 * Tokens i to j fill their line, a paragraph of its own (a title page's author, not a list's line:
 * "Fraunhofer MEVIS" among partners).
 */
const aloneOnLine = (text: string, tokens: readonly Token[], i: number, j: number): boolean =>
  /(?:^|\n[ \t]*\n)[ \t]*$/.test(
    text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start),
  ) &&
  (/^[ \t]*(?:\n[ \t]*\n|\n?$)/.test(text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 40)) ||
    titleLineAfter(text, tokens[j - 1]!.end) ||
    // (a block of its own, the name over one short line: "Eszter HALMOSI⏎Health and Animal Welfare")
    /^[ \t]*\n[^\n]{2,60}(?:\n[ \t]*\n|\n?$)/.test(
      text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 70),
    ));

/** The next line is a short title: "Ilse VERHOEVEN⏎Press Officer". */
const titleLineAfter = (text: string, end: number): boolean => {
  const next = /^[ \t]*\n[ \t]*([^\n]{2,60})(?:\n|$)/.exec(text.slice(end, end + 70))?.[1];
  return (
    next !== undefined && next.split(/[^\p{L}]+/u).some((w) => ROLE_WORDS.has(w.toLowerCase()))
  );
};

/** A name alone on its line, the next line a phone's or a mail's. */
const overContact = (text: string, tokens: readonly Token[], i: number, j: number): boolean =>
  /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start)) &&
  /^[ \t]*\n[ \t]*(?:Phone|Tel\b|Telephone|Mobile|Mail|E-?mail|\+\d)/i.test(
    text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 40),
  );

const POST_NOMINALS =
  /^(?:MPH|MSC|MBA|PHD|DPHIL|FESC|FRCP|FRCS|FRS|FRSE|FACC|FMEDSCI|FRENG|DBE|CBE|OBE|MBE|KBE|GCB|TD|MP|MEP|MLA|QC|KC|RN|MD|BSC|LLM|MA|BA)$/;

/** A word in capitals after a name's word, a space or a hyphen between: not a country, not EU's. */
function surnameInCapitals(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return (
    /^\p{Lu}{2,}$/u.test(t.raw) &&
    /[aeiouy]/.test(t.fold) &&
    !POST_NOMINALS.test(t.raw) &&
    /^[ -]$/.test(gap(text, tokens[j - 1]!, t)) &&
    ![COUNTRIES, STOP_WORDS, ROLE_WORDS, NOT_NAME_WORDS].some((s) => s.has(t.fold)) &&
    !/^(?:EU|EC|UK|US|UN|WHO|MEP|PHD|MD)$/.test(t.raw)
  );
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
  // (an initial is a letter: "Item 7. Information" holds no name)
  const initial = /^\p{Lu}$/u.test(prev.raw);
  // "Dall'Olio", "O'Brien", "D'Amato": a short capitalised prefix, an apostrophe, a capital
  const elided = /^['’]$/.test(between) && prev.cap && prev.raw.length <= 4 && t.cap;
  if (elided || elidedArticle(text, tokens, j)) return true;
  if (between === '-' && romanisedSyllable(text, tokens, j)) return true;
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
  return /^\p{Lu}$/u.test(t.raw) || personWord(t) || (afterParticle && t.cap);
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

const DOCTORATE =
  /(?:\b(Prof)\.?\s+)?\bDr\.\s*(?:(?:med|rer|nat|phil|dent|vet|jur|habil|oec|pol|sc|techn|h\.\s?c)\.\s*){1,3}$/;

const FEMININE: Readonly<Record<string, RegExp>> = {
  ssa: /^(?:Prof|Dott)$/,
  in: /^(?:Prof|Dr|Mag|Ing)$/,
  a: /^(?:Mag|Dr)$/,
};

export function titleBefore(text: string, tokens: readonly Token[], i: number): string | undefined {
  const prev = tokens[i - 1];
  // feminine titles: Italian "Prof.ssa Chiara …", "Dott.ssa …"; Austrian "Mag.a Dr.in Ayşe …"
  const stem = tokens[i - 2];
  if (prev && stem && FEMININE[prev.raw]?.test(stem.raw) && gap(text, stem, prev) === '.')
    return stem.raw === 'Prof' ? 'Professor' : stem.raw === 'Dott' ? 'Dottoressa' : stem.raw;
  // German doctorates: "Prof. Dr. med. Annika …", "Dr. rer. nat. …"
  const degree = DOCTORATE.exec(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start));
  if (degree) return degree[1] ? 'Professor' : 'Dr';
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
    // ("Minister for Health of the Republic of Cyprus and President of the Council": two titles)
    if (t.raw === 'and' && titleOfAfter(tokens, j + 1)) return undefined;
    j++;
  }
  if (j - i < 2 || ORG_CONNECTORS.has(tokens[j - 1]!.raw)) return undefined;
  const run = runOf(text, tokens, i, j);
  return /^[\s.,;]*$/.test(text.slice(run.end, end)) ? run : undefined;
}
