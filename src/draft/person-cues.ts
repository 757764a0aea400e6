/** Words around a name that say it is a person's: a possessor, a job, a role word, initials. */
import { initialsOf } from './initials.js';
import { escapeRegExp } from './regex-escape.js';
import nlp from 'compromise';
import { countryNamed, countryOfDemonym } from './countries.js';
import { ORG_STEM } from './name-runs.js';
import { NAME_PARTICLES, ORG_HEADS, ROLE_WORDS } from './vocabulary.js';
import { lineStart } from './text-lines.js';

/** "the University of Padua’s X", "EMA’s X": an organisation (a head word or an acronym), then 's. */
const POSSESSOR = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|the|de|di)\s+)*)*\p{Lu}[\p{L}-]*)['’]s\s$/u;
export function ownedBy(before: string): boolean {
  const owner = POSSESSOR.exec(before)?.[1];
  if (!owner) return false;
  const words = owner.split(/\s+/);
  return (
    (words.length === 1 && /^\p{Lu}{2,}$/u.test(owner)) ||
    words.some((w) => ORG_HEADS.has(w.toLowerCase()) || ORG_STEM.test(w.toLowerCase()))
  );
}

/** Job titles only a person holds ("is Chief Medical Officer"; not "is a founding member"). */
export const PERSON_JOBS = new Set(
  'director head chief officer president professor ceo cto cfo founder cofounder co-founder researcher scientist manager chair chairman chairwoman secretary minister commissioner editor rector dean physician cardiologist'.split(
    ' ',
  ),
);

export function hasRoleWord(text: string): boolean {
  const first = text.split(/[,;.]/)[0] ?? '';
  return first
    .split(/[^\p{L}]+/u)
    .slice(0, 8)
    .some((w) => ROLE_WORDS.has(w.toLowerCase()));
}

/** "(VHTs)" after "Virtual Human Twins": an acronym, not an affiliation. */
export function isInitialsOf(inner: string, name: string): boolean {
  const initials = initialsOf(name, { hyphens: true });
  const acronym = inner.replace(/s$/, '').toUpperCase();
  return (
    /^[\p{Lu}\d]+s?$/u.test(inner) && (initials.startsWith(acronym) || acronym.startsWith(initials))
  );
}

/** "chief executive of Medisyn Analytics", "a researcher at X": the text has the name employ someone. */
export function employs(text: string, name: string): boolean {
  if (!text.includes(`of ${name}`) && !text.includes(`at ${name}`) && !text.includes(`the ${name}`))
    return false;
  const escaped = escapeRegExp(name);
  const at = new RegExp(
    String.raw`(\p{L}+)\s+(?:of|at)\s+(?:the\s+)?${escaped}(?![\p{L}\p{N}])`,
    'gu',
  );
  return [...text.matchAll(at)].some((m) => EMPLOYED_AS.has(m[1]!.toLowerCase()));
}

/** Titles one holds at an organisation ("chief executive of X"), not "a student of Jonas Ek". */
const EMPLOYED_AS = new Set(
  'executive ceo cto cfo director head founder cofounder officer president chair chairman chairwoman manager'.split(
    ' ',
  ),
);

/** A name compromise's lexicon reads as a person's ("Katerina Ioannou", not "Novo Nordisk"). */
export const looksLikePerson = (name: string): boolean => nlp(name).has('#Person');

/**
 * "Rūta Kalniņa" on a line of its own and "Press officer" on the next: a contact block's or a
 * speakers' list's person (two to four words, none an organisation's; the next line a short title).
 */
export function titledOnNextLine(text: string, name: string, end: number): boolean {
  const next = /^[ \t]*\n[ \t]*([^\n]{2,200})(?:\n|$)/.exec(text.slice(end))?.[1]?.trim();
  const words = name.split(/\s+/);
  if (!next || words.length < 2 || words.length > 4 || /[.!?:;]$/.test(next)) return false;
  if (/[›»]|\s>\s/.test(next)) return false; // "Home › Policy › …": a breadcrumb, no title
  // ("Journals⇥Topics⇥Information⇥Author Services": a site's menu under its name; not a post's
  // cells, "Head of Unit⇥Digital Health⇥DG SANTE")
  const cells = next.split(/\t+|[ \t]{3,}/);
  if (cells.length >= 3 && !hasRoleWord(cells[0]!)) return false;
  // ("Associate Professor @ Jagiellonian University | Coordinator, X": a profile's headline)
  const titleWords = next
    .split(/[,(|@–—]/)[0]!
    .trim()
    .split(/\s+/)
    .slice(0, 4);
  // (not a programme's heading: "Opening Remarks", "Panel Discussion" over a speaker's title)
  return (
    !hasOrgWord(name) &&
    !allCommon(name) &&
    !words.some((w) => HEADING_WORDS.has(w.toLowerCase())) &&
    titleWords.some((w) => ROLE_WORDS.has(w.toLowerCase()))
  );
}

/** A word of organisations' names: a head, a stem ("Stichting"), an acronym. */
export const hasOrgWord = (name: string): boolean =>
  name
    .split(/[\s-]+/)
    .some(
      (w) =>
        ORG_HEADS.has(w.toLowerCase()) || ORG_STEM.test(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w),
    );

/** compromise's word → tag lexicon. */
export const LEXICON = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }
).model().one.lexicon;
const NAME_TAGS = /Name|Person|Honorific/;

/** A given name the lexicon knows ("Kiara", "tomasz", "Ana"). */
export const isGivenName = (word: string): boolean =>
  /FemaleName|MaleName|FirstName/.test(String(LEXICON[word.toLowerCase()]));

/** An English word of things, not of names: "Opening", "Remarks", "Session", "Discussion". */
export const isCommonWord = (word: string): boolean => {
  const w = word.toLowerCase();
  const tag = LEXICON[w];
  // (a name's word: "Harding", "Florence"; a month's short form, "Jan", is a first name too)
  if (tag !== undefined) return !NAME_TAGS.test(String(tag)) && !(tag === 'Month' && w.length <= 4);
  // ("Modelling", "Imaging"; not "Castaing", no English verb's stem ends in "a")
  return /(?:ion|ment|ness|ity|ance|ence|ology)s?$|[^aiou]ings?$/.test(w);
};

/** A word of things that no lexicon knows as a name ("Modelling", not "Siemens"). */
export const isPlainWord = (word: string): boolean =>
  isCommonWord(word) &&
  !/Organization|Place|Country|City|ProperNoun/.test(String(LEXICON[word.toLowerCase()]));

/** Every word of the name is one of things ("Opening Remarks", "Parliamentary Correspondence"). */
export const allCommon = (name: string): boolean => name.split(/[\s-]+/).every(isCommonWord);
export const someCommon = (name: string): boolean => name.split(/[\s-]+/).some(isCommonWord);
/**
 * Some word of the name, its particles aside ("Sanne de Graaf": "de" is a name's; inside the name,
 * Flemish writes it capitalised, "Pieter-Jan Van Hoorebeke"), is a thing's.
 */
export const someCommonName = (name: string): boolean =>
  name
    .split(/[\s-]+/)
    .filter(
      (w, i, all) =>
        !NAME_PARTICLES.has(w) &&
        !(i > 0 && i < all.length - 1 && NAME_PARTICLES.has(w.toLowerCase())),
    )
    .some(isCommonWord);

/** Words of a programme's headings, never of a person's name. */
const HEADING_WORDS = new Set(
  `remarks discussion session keynote opening closing panel welcome break lunch reception address
  introduction conclusions workshop roundtable networking coffee plenary agenda`.split(/\s+/),
);

/**
 * "- Katrin Vollmer" under a text: a signature; not an item of a list ("- Welcome Coffee" between
 * other "- " lines), nor a name with an organisation's or a programme's words.
 */
export function hyphenSigned(
  text: string,
  run: { start: number; end: number; text: string },
): boolean {
  const lineFrom = lineStart(text, run.start);
  const lineEnd = text.indexOf('\n', run.end);
  const before =
    text
      .slice(0, Math.max(0, lineFrom - 1))
      .split('\n')
      .at(-1) ?? '';
  const after = lineEnd < 0 ? '' : (text.slice(lineEnd + 1).split('\n')[0] ?? '');
  const listed = [before, after].some((l) => /^[ \t]*[-*•][ \t]/.test(l));
  return !listed && !hasOrgWord(run.text) && !allCommon(run.text);
}

/** "Slovenian", "Dutch", "Slovene": a word for a country's people (its name plus "n" too). */
export const isDemonym = (word: string): boolean =>
  countryOfDemonym(word) !== undefined ||
  /Demonym/.test(String(LEXICON[word.toLowerCase()])) ||
  (/ian$/.test(word) && countryNamed(word.slice(0, -1)) !== undefined);
