import { LEGAL_FORMS, legalNameKey, organisationKey } from '../model/names/normalise.js';
import { foldedWords, type Token } from './tokens.js';

/**
 * Legal forms as the draft reads them: the names toolkit's, and some it does not strip (UAB, OÜ,
 * SIA, gGmbH…). Those stay out of the toolkit: its keys give the meetings register's ids, and a
 * key that changes would duplicate a register's meetings on its next import.
 */
const MORE_FORMS = new Set([
  'uab',
  'ou',
  'sia',
  'ggmbh',
  'ehf',
  'hf',
  'bvba',
  'sprl',
  'eood',
  'eric',
  'ry',
  'rf',
  // (Portuguese: "Genómica Beira, Lda.", "… Unipessoal, Lda.")
  'lda',
]);

/** Legal forms written in mixed or Title Case by the companies that bear them. */
const WRITTEN_SO = new Set([
  'GmbH',
  'gGmbH',
  'SpA',
  'Oy',
  'Oyj',
  'Ltd',
  'Inc',
  'Plc',
  // (British public companies write theirs in small letters: "AstraZeneca plc")
  'plc',
  'Srl',
  'Sarl',
  'Kft',
  'Ltda',
  'Lda',
  'Corp',
  'Limited',
  'ApS',
  'KGaA',
  // (Belgian non-profits write theirs in small letters: "Hartezorg vzw")
  'vzw',
  'ivzw',
  'asbl',
  'aisbl',
]);

/** A legal form in small letters, as its bodies write it, ends their name: "Hartezorg vzw". */
export const isSmallForm = (t: Token): boolean =>
  t.raw === t.raw.toLowerCase() && WRITTEN_SO.has(t.raw) && isLegalForm(t.fold);

export const isLegalForm = (fold: string): boolean => LEGAL_FORMS.has(fold) || MORE_FORMS.has(fold);

/** A legal form's word as its companies write it: "Gmbh" is "GmbH", "Srl" stays, "Vzw" is "VZW". */
export const writtenForm = (word: string): string =>
  [...WRITTEN_SO].find((w) => w.toLowerCase() === word.toLowerCase()) ?? word.toUpperCase();

/** How many of a name's last folded words are its legal form: "Medinor UAB" 1, "… S.à r.l." 4. */
export function legalFormWords(name: string): number {
  const words = foldedWords(name);
  // "Ana Ou", "Peter As": a surname, not a legal form written as companies write it ("OÜ", "AS")
  // ("Eric", "Ou", "As": a first name or a surname; "Oy", "GmbH", "Ltd" are written so)
  const last = /[\s-](\p{L}+)\.?$/u.exec(name)?.[1] ?? '';
  if (/^\p{Lu}\p{Ll}+$/u.test(last) && !WRITTEN_SO.has(last)) return 0;
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n);
    if ((n === 1 || tail.every((w) => w.length <= 3)) && isLegalForm(tail.join(''))) return n;
  }
  return 0;
}

export const hasLegalForm = (name: string): boolean =>
  organisationKey(name) !== legalNameKey(name) || legalFormWords(name) > 0;

/** The name's folded words without its legal form: "Medinor UAB" → ["medinor"]. */
export const withoutForm = (name: string): string[] => {
  const words = foldedWords(name);
  return words.slice(0, words.length - legalFormWords(name));
};

/** Legal forms that are also English words in capitals ("TWINS AS A SERVICE"): never a name's end. */
const ENGLISH_FORMS = new Set(['as', 'co', 'ad', 'ps', 'eg', 'se', 'sp', 'sl', 'ek', 'dd', 'lp']);

/** "GmbH", "AB", "Oy" as companies write them (capitals or their usual spelling), not "As" or "Co". */
export const isFormWritten = (t: Token): boolean =>
  !ENGLISH_FORMS.has(t.fold) &&
  t.raw.length >= 2 &&
  (t.raw === t.raw.toUpperCase() || WRITTEN_SO.has(t.raw));

/** "AS", "SE", "GmbH": in capitals or as companies spell it ("Sá", "As" are words). */
export const writtenAsForm = (t: Token): boolean =>
  t.raw === t.raw.toUpperCase() || isFormWritten(t);

/**
 * A legal form that is also an English word ("AS", "SE") ends a company's name when written in
 * capitals after a name that is not ("Nordvik Insight AS joined"), and before no capitals
 * ("TWINS AS A SERVICE" is a title in capitals).
 */
export function isEnglishFormWritten(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const before = tokens[j - 1]!;
  const next = tokens[j + 1];
  // (a word in capitals right after: "TWINS AS A SERVICE"; not a bracket's "AS (NO)")
  const after = next && /^[ \t-]+$/.test(text.slice(t.end, next.start)) ? next : undefined;
  const shouting = (x?: Token): boolean => !!x && x.raw.length > 1 && x.raw === x.raw.toUpperCase();
  return (
    ENGLISH_FORMS.has(t.fold) &&
    isLegalForm(t.fold) &&
    t.raw === t.raw.toUpperCase() &&
    !(shouting(before) && before.raw.length > 3) &&
    !(after && after.cap && after.raw === after.raw.toUpperCase())
  );
}

/** English forms a name is written without ("© 2025 GitHub, Inc." is GitHub's). */
const ENGLISH_COMMA_FORMS = new Set(['inc', 'ltd', 'llc', 'corp', 'limited', 'plc', 'llp']);

/**
 * "NeuroLumen, Lda.", "Synapsis Data Care, Unipessoal Lda": one word of a legal form after a comma,
 * written as its companies write it (a Portuguese one-person company's "Unipessoal" before it; not
 * an English one, "Salesforce, Inc."), ends the name at token j's form.
 */
export function formAfterComma(
  text: string,
  tokens: readonly Token[],
  j: number,
): number | undefined {
  const k = tokens[j]?.raw === 'Unipessoal' ? j + 1 : j;
  const t = tokens[k];
  const written = t && isFormWritten(t) && t.raw !== t.raw.toUpperCase();
  // (not a name's first word: "Nightingale Health, Oy Mediconsult Ab")
  const opens = tokens[k + 1]?.cap && text.slice(t!.end, tokens[k + 1]!.start) === ' ';
  return written && !opens && isLegalForm(t.fold) && !ENGLISH_COMMA_FORMS.has(t.fold)
    ? k + 1
    : undefined;
}

/**
 * The end of a dotted or slashed legal form ("B.V.", "s.r.o.", "e.V.", "A/S") that starts at
 * token j (end j when there is none), and whether it ends with a full stop.
 */
export function withLegalForm(
  text: string,
  tokens: readonly Token[],
  j: number,
): { end: number; dotted: boolean } {
  let k = j;
  let letters = '';
  let found = { end: j, dotted: false }; // the longest form: "S.p.A." over "S.p."
  let slashed = false;
  while (k < tokens.length && tokens[k]!.raw.length <= 3 && letters.length < 5) {
    const sep = k > j ? text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '';
    if (k > j && !/^(?:\.|\. | |\/)$/.test(sep)) break;
    if (sep === '/' && !/^[AaSs]$/.test(tokens[k]!.raw)) break; // "A/S", never "A/B"
    slashed ||= sep === '/';
    letters += tokens[k]!.fold;
    k++;
    const dotted = text[tokens[k - 1]!.end] === '.';
    if (k - j >= 2 && isLegalForm(letters) && (dotted || slashed))
      found = { end: k, dotted: dotted && !slashed };
  }
  return found;
}
