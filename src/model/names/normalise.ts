import { isCalendarDate } from './calendar.js';

/**
 * Normal forms used for matching. Nothing here changes what is stored as a name: the spelling as
 * written is kept (name or alias); these forms only decide what counts as "the same".
 */

/** Letters NFKD does not decompose. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower case, accents off, every run of non-letters/digits one space: "Dassault Systèmes" → "dassault systemes". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßøæœłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Legal-form words, written without dots or slashes ("S.A." → "sa", "A/S" → "as"). Dropped only at
 * the end of a name, so "AG Insurance" keeps its "AG" and "Siemens Energy AG" stays "siemens energy".
 */
export const LEGAL_FORMS = new Set([
  'sa',
  'ag',
  'se',
  'ltd',
  'limited',
  'bv',
  'ev',
  'gmbh',
  'spa',
  'inc',
  'incorporated',
  'aisbl',
  'asbl',
  'ivzw',
  'vzw',
  'sarl',
  'sas',
  'sasu',
  'plc',
  'nv',
  'llc',
  'llp',
  'lp',
  'oy',
  'oyj',
  'ab',
  'publ',
  'as',
  'asa',
  'aps',
  'srl',
  'sro',
  'spzoo',
  'zoo',
  'sp',
  'kg',
  'kgaa',
  'co',
  'corp',
  'corporation',
  'gmbhcokg',
  'mbh',
  'ug',
  'scrl',
  'scarl',
  'sl',
  'slu',
  'sau',
  'ltda',
  'pte',
  'pty',
  'kft',
  'zrt',
  'nyrt',
  'doo',
  'dd',
  'ad',
  'ead',
  'ood',
  'jsc',
  'ps',
  'eg',
  'eeig',
  'gie',
  'ewiv',
  'aps',
  'ivs',
  'sce',
  'scs',
  'sccl',
  'ek',
]);

/** Words in the middle of legal forms written as several words ("S.p.A.", "sp. z o.o.", "& Co. KG"). */
const LEGAL_TAIL = /(?:\s(?:and\s)?co\s(?:kg|kgaa|ohg)|\ssp\sz\soo|\ss\sp\sa|\ss\sa\ss)$/;

/**
 * A legal name's key, its legal form kept: normaliseText after joining dotted/slashed
 * abbreviations ("Avio S.p.A." and "AVIO SPA" → "avio spa"), so "AstraZeneca PLC" and "ASTRAZENECA
 * AB", two legal entities, stay two. The key a dataset of legal entities (CORDIS) links by.
 */
export function legalNameKey(name: string): string {
  let key = joinedText(name);
  for (const [long, short] of LEGAL_FORM_WORDS) key = key.replace(long, short);
  return key;
}

/** normaliseText after joining dotted and slashed abbreviations ("S.A." → "sa", "A/S" → "as"). */
const joinedText = (name: string): string =>
  normaliseText(
    name
      .replace(/\b(\p{L})\.\s?(?=\p{L}\b)/gu, '$1')
      .replace(/\b(\p{L}{1,2})\/(\p{L}{1,2})\b/gu, '$1$2'),
  );

/**
 * Legal forms written out, as their abbreviation (at the end of a name): "BAYER AKTIENGESELLSCHAFT"
 * is "Bayer AG", "SAAB AKTIEBOLAG" is "Saab AB" — the same legal form, so the same legal entity.
 */
const LEGAL_FORM_WORDS: readonly (readonly [RegExp, string])[] = [
  [/ aktiengesellschaft$/, ' ag'],
  [/ gesellschaft mit beschrankter haftung$/, ' gmbh'],
  [/ aktiebolag$/, ' ab'],
  [/ osakeyhtio$/, ' oy'],
  [/ public limited company$/, ' plc'],
  [/ (?:company )?limited$/, ' ltd'],
  [/ societe anonyme$/, ' sa'],
  [/ societa per azioni$/, ' spa'],
  [/ sociedad anonima$/, ' sa'],
  [/ besloten vennootschap$/, ' bv'],
  [/ naamloze vennootschap$/, ' nv'],
  [/ aktieselskab$/, ' as'],
  [/ incorporated$/, ' inc'],
];

/**
 * The organisation key: normaliseText after joining dotted/slashed abbreviations ("S.A." → "sa",
 * "e.V." → "ev", "A/S" → "as"), with trailing legal-form words removed (never the last word left).
 * "CaixaBank, S.A." → "caixabank"; "F. Hoffmann-La Roche Ltd" → "f hoffmann la roche".
 */
export function organisationKey(name: string): string {
  let key = joinedText(name);
  for (let changed = true; changed;) {
    changed = false;
    const tail = LEGAL_TAIL.exec(key);
    if (tail && tail.index > 0) {
      key = key.slice(0, tail.index);
      changed = true;
    }
    const space = key.lastIndexOf(' ');
    if (space > 0 && LEGAL_FORMS.has(key.slice(space + 1))) {
      key = key.slice(0, space);
      changed = true;
    }
  }
  return key;
}

/** A person's key: normaliseText ("Maroš Šefčovič " → "maros sefcovic"). */
export const personKey = normaliseText;

/** Lower-case ASCII slug for ids: "siemens energy" → "siemens-energy" (at most 60 characters). */
export function slug(key: string): string {
  const s = normaliseText(key)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 60).replace(/-+$/, '') || 'x';
}

/** Collapses inner whitespace (line breaks included) and trims: the stored form of free text. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A register date, strictly dd/mm/yyyy and a real calendar day, as ISO yyyy-mm-dd; undefined
 * otherwise ("31/02/2020", "2020-02-01", "1/2/2020").
 */
export function parseRegisterDate(text: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) return undefined;
  const [, dd, mm, yyyy] = m as unknown as [string, string, string, string];
  const iso = `${yyyy}-${mm}-${dd}`;
  return isCalendarDate(iso) && Number(yyyy) >= 1950 ? iso : undefined;
}
