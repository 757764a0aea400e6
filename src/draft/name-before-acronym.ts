/** The name before "(ACR)" that the acronym spells: "the Flemish Centre for Digital Medicine (FCDM)". */
import { initialsOf } from './initials.js';
import { countryNamed } from './countries.js';
import { directorateBefore, headedBefore, headedShortName } from './headed-before-acronym.js';
import { ORG_STEM } from './name-runs.js';
import { isPlainWord } from './person-cues.js';
import { ELIDED, joinsName } from './name-joins.js';
import { sentenceCaseBefore } from './sentence-case-before-acronym.js';
import type { Token } from './tokens.js';
import { foldedWords } from './tokens.js';
import {
  DOCUMENT_HEADS,
  INITIATIVE_HEADS,
  isNationality,
  NOT_NAME_WORDS,
  ORG_CONNECTORS,
  ORG_HEADS,
  ROLE_WORDS,
  STOP_WORDS,
} from './vocabulary.js';

/** The longest run of capitalised words (and connectors) ending before `at` that spells `acronym`. */
export function nameBefore(
  text: string,
  tokens: readonly Token[],
  at: number,
  acronym: string,
): string | undefined {
  let last = tokens.findIndex((t) => t.start >= at) - 1;
  if (last < -1) last = tokens.length - 1;
  // ("Maastricht University Medical Centre+ (Maastricht UMC+)": a "+" ends the name)
  const plus = last >= 0 && /^\+\s*$/.test(text.slice(tokens[last]!.end, at)) ? '+' : '';
  if (last < 0 || !/^\+?\s*$/.test(text.slice(tokens[last]!.end, at))) return undefined;
  if (/^\S+\s+\p{Lu}\p{Ll}+$/u.test(acronym))
    return headedShortName(text, tokens, at, acronym, (initials) =>
      nameBefore(text, tokens, at, initials),
    );
  // ("the Directorate-General for Research and Innovation (DG RTD)": a DG's code spells nothing)
  if (/^DG[ -]?\p{Lu}{2,}$/u.test(acronym)) return directorateBefore(text, tokens, last);
  let best: string | undefined;
  let bestFirst = last;
  for (let first = last, words = 0; first >= 0 && words < 10; first--, words++) {
    const t = tokens[first]!;
    const gap = first < last ? text.slice(t.end, tokens[first + 1]!.start) : ' ';
    // ("Institut d'Investigacions Biomèdiques …": an elided article is written onto its word)
    const elided = ELIDED.test(t.raw) && /^['’]$/.test(gap);
    if (!/^(?: |-|, | & |['’] )$/.test(gap) && !elided) break;
    // ("Dr X, Scientific Officer, European Medicines Agency (EMA)": a name found is not taken
    // back over a comma; "Committee on Industry, Research and Energy (ITRE)" needs the comma)
    if (gap === ', ' && best) break;
    // ("Dr Lotte Brinkhorst-Ahn, Director-General of the Dutch … Authority (…, AGD)": a title
    // after the comma opens an apposition, the name before it is a person's)
    if (gap === ', ' && ROLE_WORDS.has(tokens[first + 1]!.fold)) break;
    if (!t.cap && !joinsName(tokens, first) && !elided) break;
    // ("2 Maastricht Institute of Digital Medicine (MIDM)": an affiliation's number opens no name)
    if (!/\p{L}/u.test(t.raw)) break;
    // ("the Board of the Baltic Imaging Network (BIN)": a named body is not taken back over "of")
    if (!t.cap && best && hasHead(best)) break;
    // ("the In Silico Medicine Institute (IMIS)": a capital small word after "the" opens a name)
    if (!t.cap || (STOP_WORDS.has(t.fold) && !afterThe(text, t))) continue;
    const name = text.slice(t.start, tokens[last]!.end);
    // ("Board of the Twin Readiness Network (TRN)": a head before a name that has one is not its)
    const spelt =
      spells(name, acronym) || (headedSpells(name, acronym) && !(best && hasHead(best)));
    if (spelt && (hasHead(name) || wordsIn(name) >= 3)) [best, bestFirst] = [name, first];
  }
  if (!best)
    return (
      initialsBefore(text, tokens, last, acronym) ??
      headedBefore(text, tokens, last, acronym) ??
      sentenceCaseBefore(text, tokens, last, acronym)
    );
  // "the European Health and Digital Executive Agency (HaDEA)", "the Belgian Health Data Agency
  // (HDA)", "the MEP Interest Group on Digital Health (IGDH)": words the acronym leaves out
  const generic = foldedWords(best).every(
    (w) => NOT_NAME_WORDS.has(w) || ORG_HEADS.has(w) || ORG_CONNECTORS.has(w),
  );
  let from = bestFirst;
  while (bestFirst - from < 2 && leftOut(text, tokens, from - 1, generic)) from--;
  // ("the Dutch Data Protection Authority (AP)", for Autoriteit Persoonsgegevens: an acronym of
  // another language, spelt by chance by the last words, names the whole run of capitals)
  // (or that the words' initials do not spell: "Aragon Institute of Health Sciences (IACS)", for
  // Instituto Aragonés de Ciencias de la Salud)
  if (!inOrder(best, acronym) || !initialsSpell(best, acronym))
    while (bestFirst - from < 3 && capitalBefore(text, tokens, from - 1)) from--;
  // ("… Hospital Research Ethics Committee": a body of plain words, the hospital's)
  const plain = foldedWords(best).every((w) => ORG_HEADS.has(w) || isPlainWord(w));
  if (generic || plain) from = ownerFrom(text, tokens, from);
  return text.slice(tokens[from]!.start, tokens[last]!.end) + plus;
}

/**
 * "the St Columba's University Hospital Research Ethics Committee (REC)": a body of generic words
 * right after its owner's name, one with a head ("Hospital", "University"), is named with it.
 * The token the owner's name starts at, or `from` when no such name stands before it.
 */
function ownerFrom(text: string, tokens: readonly Token[], from: number): number {
  const head = tokens[from - 1];
  if (!head?.cap || !ORG_HEADS.has(head.fold) || text.slice(head.end, tokens[from]!.start) !== ' ')
    return from;
  let k = from - 1;
  // (its words, capitalised or a possessive's "s" — "Columba's" — up to a stop word: "The")
  while (k > 0 && from - k < 6) {
    const t = tokens[k - 1]!;
    const gap = text.slice(t.end, tokens[k]!.start);
    const word = t.cap && !STOP_WORDS.has(t.fold) && !ROLE_WORDS.has(t.fold);
    const owner = tokens[k - 2];
    // ("Columba" "'" "s": a possessive's "s" after its word)
    if (gap === ' ' && t.raw === 's' && owner?.cap && /^['’]$/.test(text.slice(owner.end, t.start)))
      k -= 2;
    else if (gap === ' ' && word) k--;
    else break;
  }
  // (an owner's name of two words at least: not "Ministry Data Access Committee (DAC)")
  return k < from - 1 ? k : from;
}

/** The acronym's letters, in order, among the initials of the name's capitalised words. */
function initialsSpell(name: string, acronym: string): boolean {
  const initials = initialsOf(name, { hyphens: true, capitalised: true }).toLowerCase();
  return (
    inOrder(initials, acronym) ||
    [...foldedWords(acronym).join('')].every((c) => initials.includes(c))
  );
}

/** A capitalised word right before the name, no stop word, no title. */
function capitalBefore(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || text.slice(t.end, tokens[k + 1]!.start) !== ' ') return false;
  return /^\p{Lu}\p{Ll}+$/u.test(t.raw) && !STOP_WORDS.has(t.fold) && !ROLE_WORDS.has(t.fold);
}

const FOUNDATION_WORD =
  /^(?:fundacio|fundacion|fundacao|fondazione|fondation|stichting|stiftung|fundatia|fundacja|nadace|saatio)$/;

/**
 * "European", an acronym ("MEP"), or a nationality before a name of generic words only ("Belgian"
 * before "Health Data Agency", not "Danish" before "Nordhavn Data Agency") right before a name.
 */
function leftOut(text: string, tokens: readonly Token[], k: number, generic: boolean): boolean {
  const t = tokens[k];
  if (!t || text.slice(t.end, tokens[k + 1]!.start) !== ' ' || STOP_WORDS.has(t.fold)) return false;
  // ("the EU Joint Research Centre (JRC)": a place's code is no part of the name)
  if ((/^\p{Lu}{2,}$/u.test(t.raw) && !/^(?:EU|EC|US|UK|UN)$/.test(t.raw)) || t.raw === 'European')
    return true;
  // "Fundació Institut Català de … (ICMC)": a foundation's word the acronym leaves out
  if (t.cap && FOUNDATION_WORD.test(t.fold)) return true;
  // ("the Cyprus National eHealth Authority (NeHA)": a country's name before its body's, after "the")
  if (
    t.cap &&
    countryNamed(t.raw) &&
    /\bthe\s$/i.test(text.slice(Math.max(0, t.start - 4), t.start))
  )
    return true;
  return generic && /^\p{Lu}\p{Ll}+$/u.test(t.raw) && isNationality(t.fold);
}

/**
 * "the Agence luxembourgeoise des données de santé (ALDS)": a name in a language that writes its
 * words in small letters, taken only when the initials of its words (connectors aside) are the
 * acronym's letters (exactly, or those of its first words when the rest is in small letters), and
 * it starts with a capital.
 */
function initialsBefore(
  text: string,
  tokens: readonly Token[],
  last: number,
  acronym: string,
): string | undefined {
  const wanted = foldedWords(acronym).join('');
  let best: string | undefined;
  for (let first = last; first >= 0 && last - first < 14; first--) {
    const t = tokens[first]!;
    if (first < last && !/^(?: |-|['’] )$/.test(text.slice(t.end, tokens[first + 1]!.start))) break;
    if (!t.cap || STOP_WORDS.has(t.fold)) continue;
    const content = tokens.slice(first, last + 1).filter((w) => !ORG_CONNECTORS.has(w.raw));
    const name = text.slice(t.start, tokens[last]!.end);
    // (an organisation's: "Artificial intelligence (AI)" is a thing, not a body)
    const body = hasHead(name) || content.some((w) => ORG_STEM.test(w.fold));
    // (or its first words' initials: "Agence nationale de sécurité du médicament et des produits
    // de santé (ANSM)")
    const initials = content.map((w) => w.fold[0]).join('');
    // (the words after those of the acronym are joined by a connector: "… du médicament et des …")
    const rest = tokens.slice(tokens.indexOf(content[wanted.length - 1]!) + 1, last + 1);
    const prefix =
      wanted.length >= 3 &&
      initials.startsWith(wanted) &&
      /^(?:et|and|und|e|y|i|en|og|och|des|de|du|di|del|della|for|of)$/.test(rest[0]?.raw ?? '');
    if (body && (initials === wanted || prefix)) best = name;
  }
  return best;
}

/**
 * "Committee on Industry, Research and Energy (ITRE)": after a head and "on/of/for", the rest
 * spells the acronym (a body named by what it is about).
 */
function headedSpells(name: string, acronym: string): boolean {
  const about = /^(\p{L}+)\s+(?:on|of|for)\s+(.+)$/u.exec(name);
  return about !== null && ORG_HEADS.has(foldedWords(about[1]!)[0]!) && spells(about[2]!, acronym);
}

/**
 * The acronym's letters, in order, in the name's letters, the first letters equal; or, for a name
 * translated from another language, its words' initials in another order ("Maastricht
 * University (UM)", for Universiteit Maastricht).
 */
/** "DigitalHealth Europe": three words, one written in two humps. */
const wordsIn = (name: string): number =>
  name.split(/\s+/).reduce((n, w) => n + Math.max(1, w.match(/\p{Lu}\p{Ll}/gu)?.length ?? 0), 0);

function spells(name: string, acronym: string): boolean {
  return inOrder(name, acronym) || sameInitials(name, acronym);
}

function sameInitials(name: string, acronym: string): boolean {
  const initials = [...initialsOf(name, { capitalised: true }).toLowerCase()];
  const wanted = [...foldedWords(acronym).join('')];
  return (
    initials.length >= 2 &&
    initials.length === wanted.length &&
    [...initials].sort().join('') === [...wanted].sort().join('')
  );
}

function inOrder(name: string, acronym: string): boolean {
  const letters = foldedWords(name).join('');
  // ("Patients for Digital Health Europe (P4DHE)": a figure for the word it sounds like)
  const wanted = foldedWords(acronym)
    .join('')
    .replace(/4/g, /\bfor\b/.test(name) ? 'f' : '4')
    .replace(/2/g, /\bto\b/.test(name) ? 't' : '2');
  if (!wanted || letters[0] !== wanted[0]) return false;
  let i = 0;
  for (const c of letters) if (c === wanted[i]) i++;
  return i === wanted.length;
}

const words = (name: string): string[] => foldedWords(name);
const afterThe = (text: string, t: Token): boolean =>
  /^\p{Lu}\p{Ll}/u.test(t.raw) &&
  // (or opening a line: a table's "In Silico Medicine Industry Association (ISMIA)⇥Germany";
  // not an article, "The Committee on Transport (TRAN)", nor "As Aalborg University (AAU)")
  (/\bthe\s$/.test(text.slice(Math.max(0, t.start - 5), t.start)) ||
    (/^(?:In|De|Di|La|Le|El|Il|Van|Von)$/.test(t.raw) &&
      /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, t.start - 5), t.start))));
export const hasHead = (name: string): boolean =>
  words(name).some(
    (w) => ORG_HEADS.has(w) || ORG_STEM.test(w) || INITIATIVE_HEADS.has(w) || DOCUMENT_HEADS.has(w),
  );
