import { escapeRegExp } from './regex-escape.js';
import { isLabelWords } from './page-labels.js';
import { GENERIC_ORG } from './generic-orgs.js';
import { fieldWords } from './portfolios.js';
import { listedWithOrg } from './listed-with-org.js';
import { isCommonWord, isGivenName, isPlainWord } from './person-cues.js';
import type { Token } from './tokens.js';
import {
  CITIES,
  COUNTRIES,
  NOT_NAME_WORDS,
  ORG_CONNECTORS,
  ORG_HEADS,
  PERSONAL_TITLES,
  ROLE_WORDS,
  STOP_WORDS,
} from './vocabulary.js';

/** Words of names and how they join: what orgRun asks at a dash or an "and". */

export const gap = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);
export const isAcronym = (t: Token): boolean =>
  t.raw.length > 1 && t.raw === t.raw.toUpperCase() && /\p{L}/u.test(t.raw);
/** Stems of organisation words in the languages of European names ("Universitário", "Klinikum"). */
/** A compound whose last part is an organisation's head: "Bundesministerium", "Rigshospitalet". */
export const COMPOUND_HEAD =
  /^\p{L}{3,}(?:ministerium|krankenhaus|klinikum|hospitalet|sjukhuset|ziekenhuis|zentrum|instituut|institutet|akademie|universitet|universitetet|agentur|stiftelse|styrelsen|forbund|forening|verband|verein)$/u;

/** (and a compound's last part: "Bundesministerium", "Rigshospitalet", "Herzzentrum") */
export const ORG_STEM = new RegExp(
  String.raw`^(?:univers(?!al)|hospit(?!al(?:ity|ised|ized))|hopit|ospedal|ziekenhuis|krankenhaus|szpital|sjukhus|(?:poli|poly)?klinik|(?:poli|poly)?clinic(?!al)|institu(?!tional)|akadem|academ(?!ic)|laborat|fundac|fondaz|stiftung|stichting|fakult|facult|agenc|agentur|ministe|ministr|conseil|consej|consig|asociaci|asocia[țţt]i|associa[çc][ãa]o|associazion|biobank|biobanc)|^(?:zentrum|centro|centre|center)s?$|${COMPOUND_HEAD.source}`,
  'u',
);

/** The initials of the capitalised words from `j` on: "Centre for Computational Medicine" → "CCM". */
const initialsAfter = (text: string, tokens: readonly Token[], j: number): string => {
  let out = '';
  for (let k = j; k < tokens.length && k < j + 8; k++) {
    const t = tokens[k]!;
    if (k > j && /[^ ]/.test(text.slice(tokens[k - 1]!.end, t.start))) break; // (one line, one name)
    if (t.cap) out += t.raw[0];
    else if (!ORG_CONNECTORS.has(t.raw)) break;
  }
  return out;
};

/**
 * "Alma Mater Studiorum – Università di Bologna": a spaced dash joins two parts of one name when
 * the part after it has an organisation's head (not a unit of it: "DG X – Unit C.3" is two).
 */
export function dashedPart(
  text: string,
  tokens: readonly Token[],
  i: number,
  j: number,
  between: string,
): boolean {
  const t = tokens[j]!;
  // "Stockholm – Karolinska …" (a dateline), "GENOMIX – Genomic Medicine Network" (an acronym and
  // its long form): one word before the dash is no first part of a name
  const one = tokens[i]!;
  if (j - i === 1 && (isAcronym(one) || CITIES.has(one.fold) || COUNTRIES.has(one.fold)))
    return false;
  // ("CCM Graz – Centre for Computational Medicine": an acronym and its city, then its long form)
  if (isAcronym(one) && one.raw === initialsAfter(text, tokens, j)) return false;
  // ("PRESS RELEASE – Universitätsklinikum Niederbayern": a label, then the publisher)
  if (isLabelWords(text.slice(one.start, tokens[j - 1]!.end))) return false;
  // ("Dr Ingrid Vanhoutte – Mimesis Biotwin NV": a titled person, then their organisation)
  if (PERSONAL_TITLES.has(tokens[i - 1]?.fold ?? '')) return false;
  // ("Tereza Novotná — Masaryk University, Brno" among such lines: a list's person, then the body)
  const before = { start: one.start, text: text.slice(one.start, tokens[j - 1]!.end) };
  if (listedWithOrg(text, before)) return false;
  // ("Charité - Universitätsmedizin Berlin": a hyphen, after a proper name of its own only; not
  // "Secretariat - MEP Interest Group", "Joana Freitas Pires - Health Data Portugal Association")
  const hyphen = between === ' - ' && ownName(tokens.slice(i, j));
  if (
    !(/^ [–—] $/.test(between) || hyphen) ||
    !t.cap ||
    STOP_WORDS.has(t.fold) ||
    !/\p{L}/u.test(t.raw)
  )
    return false;
  if (/^(?:unit|units|directorate|department|sector|team)$/.test(t.fold)) return false;
  // "Session 1 – Hospitals as twin factories": a numbered part and a heading, not one name
  const next = tokens[j + 1];
  const more = next?.cap || (ORG_CONNECTORS.has(next?.raw ?? '') && tokens[j + 2]?.cap);
  // ("Research Foundation – Flanders (FWO)": a body's head, a dash, its region, its acronym; not
  // "… Systems Centre – TEHIK (EE)": its acronym after the dash, a country code after that)
  if (
    isHeadWord(tokens[j - 1]!) &&
    !isAcronym(t) &&
    /^\s*\(\p{Lu}{2,}/u.test(text.slice(t.end, t.end + 5))
  )
    return true;
  if (/^\d+$/.test(tokens[j - 1]!.raw) || !more) return false;
  // ("Informal Meeting of Health Ministers — Presidency Conclusions": a page's title and its genre)
  let k = j;
  while (tokens[k + 1]?.cap && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ') k++;
  if (GENRE_END.test(tokens[k]!.fold)) return false;
  // ("Research Ethics Committee – Committee Members": a page's heading about the body)
  if (GENERIC_ORG.test(text.slice(t.start, tokens[k]!.end))) return false;
  return headAhead(text, tokens, j, ORG_CONNECTORS);
}

/** Words of a name of its own: no head, no common word, not a person's ("Alma Mater Studiorum"). */
const ownName = (words: readonly Token[]): boolean =>
  words.length <= 3 &&
  !isGivenName(words[0]!.raw) &&
  words.every((w) => w.cap && !isHeadWord(w) && !isCommonWord(w.raw) && !isAcronym(w));

/** The last word of a title's genre after a dash: "— Presidency Conclusions", "– Final Report". */
const GENRE_END =
  /^(?:conclusions|minutes|agenda|programme|program|report|summary|declaration|statement|roadmap|newsletter)$/;

/** Words of what a body does, not names: "Control", "Development", "Safety", "Technology". */
const SUBJECT_WORD = /(?:tion|ment|ity|ance|ence|ing|ology|ics|ety|are|fare)$/;

const isHeadWord = (t: Token): boolean => ORG_HEADS.has(t.fold) || ORG_STEM.test(t.fold);
/** A fund's word ends a name like a head ("the EIC Fund and Bpifrance"). */
const FUND = /^(?:fonds?|fund)$/;

/**
 * "the CHU de Liège and Jessa Ziekenhuis": after "and" comes a second name, when the first ends in
 * a place, or has a head and is followed by a city, an acronym, or a name with its own head ("…
 * Medical Centre and Jessa Ziekenhuis"; not "Aachen Heart and Vascular Institute", "Health and
 * Social Care").
 */
export function secondName(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  if (namedApart(text, tokens, i, j)) return true;
  // ("the JRC and the Legal Service": an acronym alone is a whole name; "… and Health and
  // France's Agence …": a possessive after "and" opens the next name)
  if (j - i === 1 && isAcronym(tokens[i]!) && tokens[j + 1]?.raw === 'the') return true;
  // (a country's or an acronym's: not "Ministry of Women and Children's Affairs")
  const owner = tokens[j + 1];
  const owned = owner && /^['’]s\b/.test(text.slice(owner.end, owner.end + 3));
  if (owned && (COUNTRIES.has(owner.fold) || CITIES.has(owner.fold) || isAcronym(owner)))
    return true;
  const before = tokens[j - 1]!;
  if (CITIES.has(before.fold) || COUNTRIES.has(before.fold)) return true;
  // ("the University of Valladolid and Gemelia Health": a head "of" a proper name, no field's word
  // as in "Ministry of Health and Care", then "and" and a name)
  if (
    tokens[j - 2]?.raw === 'of' &&
    j - i >= 3 &&
    isHeadWord(tokens[j - 3]!) &&
    !isPlainWord(before.raw) &&
    !fieldWords(before.raw) &&
    // (nor a discipline's: "Institute of Psychiatry and Neurology")
    !DISCIPLINE.test(before.fold) &&
    // (and the words after "and" are a name the text writes on their own: not "… of Medicines
    // and Medical Devices", "… of Hygiene and Tropical Medicine")
    writtenAlone(text, tokens, j + 1)
  )
    return true;
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  const headed = tokens.slice(i, j).some((t) => isHeadWord(t) || FUND.test(t.fold));
  if (!next || NOT_NAME_WORDS.has(next.fold) || !headed) return false;
  // "Ghent University Hospital and Antwerp", "Ghent University and UZ Gent"
  if (CITIES.has(next.fold) || (isAcronym(next) && next.raw.length <= 8)) return true;
  // "the EIC Fund and Bpifrance joining", "… Cancer Society and Novo Nordisk": a head ends the
  // first name, and the words after "and" have none (not "… Institute and Hospital", "… Hospital
  // and Research Centre": one name with two heads)
  if ((isHeadWord(before) || FUND.test(before.fold)) && shortName(text, tokens, j + 1)) return true;
  // "A, the B Institute of Technology and Bosch": the last "and" of a list, before a name (not a
  // subject's word: "…, the European Centre for Disease Prevention and Control")
  const said = text.slice(Math.max(0, tokens[i]!.start - 8), tokens[i]!.start);
  // (nor two fields: "…, Carol Davila University of Medicine and Pharmacy, Romania"; nor two
  // adjectives of one head: "…, Department of Medical and Surgical Sciences")
  const fields =
    (fieldWords(before.raw) && fieldWords(next.raw)) ||
    (ADJECTIVE.test(before.fold) && ADJECTIVE.test(next.fold));
  if (/,\s+(?:the\s+)?$/.test(said) && !SUBJECT_WORD.test(next.fold) && !fields) return true;
  // "… Institute and Medivant Analytics GmbH": a name and a head (or legal form) of its own
  return (
    !isHeadWord(next) &&
    after !== undefined &&
    gap(text, next, after) === ' ' &&
    !ROLE_WORDS.has(after.fold) &&
    headAhead(text, tokens, j + 2)
  );
}

/** A discipline's word: "Neurology", "Psychiatry", "Pharmacy", "Surgery". */
const DISCIPLINE = /(?:logy|iatry|ics|ine|ery|istry|omy|phy)$/;
/** A word of the kind that qualifies a head: "Medical", "Surgical", "Clinical", "Pulmonary". */
const ADJECTIVE = /(?:al|ic|ary|ive|ous)$/;

/**
 * One or two capitalised words from token k, no head among them and no plural at their end: a
 * company's own name ("Bpifrance", "Novo Nordisk"; not "Patient Advocacy Groups").
 */
const shortName = (text: string, tokens: readonly Token[], k: number): boolean => {
  let n = k;
  while (n < k + 3 && tokens[n]?.cap && !isHeadWord(tokens[n]!)) {
    const next = tokens[n + 1];
    n++;
    if (!next?.cap || gap(text, tokens[n - 1]!, next) !== ' ') break;
  }
  const words = tokens.slice(k, n);
  const last = words.at(-1);
  const ended = !tokens[n]?.cap || gap(text, tokens[n - 1]!, tokens[n]!) !== ' ';
  return words.length > 0 && words.length <= 2 && ended && !/\p{Ll}s$/u.test(last!.raw);
};

/** An organisation's head among the capitalised words from token j on ("Policy Institute"). */
export function headAhead(
  text: string,
  tokens: readonly Token[],
  j: number,
  connectors: ReadonlySet<string> = new Set(),
): boolean {
  const inName = (t: Token): boolean => t.cap || connectors.has(t.raw);
  for (let k = j; k < tokens.length && k < j + 4 && inName(tokens[k]!); k++) {
    const t = tokens[k]!;
    // a role word is no head ("Prime Minister": "Minister" has the stem of "Ministry")
    if (!ROLE_WORDS.has(t.fold) && (ORG_HEADS.has(t.fold) || ORG_STEM.test(t.fold))) return true;
    if (text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? Infinity) !== ' ') return false;
  }
  return false;
}

/** A job title starts at token k: capitalised words, then a role word ("Scientific Director"). */
export const titleAfter = (tokens: readonly Token[], k: number): boolean => {
  // (not "Health and Digital Executive Agency": a role word before an organisation's head; nor
  // "Digitalisation and Innovation Directorate-General": "General" of a directorate's name)
  for (let n = k; n < k + 3 && tokens[n]?.cap; n++) {
    if (tokens[n]!.fold === 'general' && /directorate$/.test(tokens[n - 1]!.fold)) continue;
    if (ROLE_WORDS.has(tokens[n]!.fold)) return !ORG_HEADS.has(tokens[n + 1]?.fold ?? '');
  }
  return false;
};

/** Nouns of people a body speaks for: "European Alliance of People with Chronic Conditions". */
const WITH_NOUNS =
  /^(?:people|persons|patients|children|adults|women|men|families|individuals|survivors)$/;

/** Token k joins the words of a name around it: "of", "for", "de"…, or "with" after "People". */
export const joinsName = (tokens: readonly Token[], k: number): boolean =>
  ORG_CONNECTORS.has(tokens[k]!.raw) ||
  (tokens[k]!.raw === 'with' && WITH_NOUNS.test(tokens[k - 1]?.fold ?? '')) ||
  // ("Agência para o Acesso …": a Portuguese article after a connector)
  (/^(?:o|os|as)$/.test(tokens[k]!.raw) && ORG_CONNECTORS.has(tokens[k - 1]?.raw ?? ''));

/** A job title "of" or "for" something starts at token k: "President of the Council". */
export const titleOfAfter = (tokens: readonly Token[], k: number): boolean => {
  for (let n = k; n < k + 3 && tokens[n]?.cap; n++)
    if (ROLE_WORDS.has(tokens[n]!.fold) && /^(?:of|for)$/.test(tokens[n + 1]?.raw ?? ''))
      return true;
  return false;
};

export const capWord = (t: Token | undefined): boolean =>
  t !== undefined && t.cap && /^\p{L}/u.test(t.raw) && !STOP_WORDS.has(t.fold);

/** "… Consortium for In Silico Medicine": a capitalised small word after a connector opens a name. */
export const opensInnerName = (tokens: readonly Token[], j: number): boolean =>
  /^(?:for|of|on)$/.test(tokens[j - 1]?.raw ?? '') &&
  tokens[j]!.raw === 'In' && // ("In Silico", "In Vitro"; not "for The Lancet Commission")
  capWord(tokens[j + 1]) &&
  tokens[j + 1]!.start === tokens[j]!.end + 1;

/** A unit's head: what an organisation has inside it. */
export const UNIT_HEAD =
  /^(?:Lab|Labs|Laboratory|Group|Team|Unit|Department|Division|Section|Faculty|School)$/;

/** Romance and German articles after a connector ("de la", "per il", "para o", "von der"); not "the". */
export const ARTICLE = /^(?:la|le|les|il|lo|gli|el|los|las|der|die|das|den|o|os|as)$/;

/** Articles and a saint's word written onto the next word: "d'", "dell'", "Sant'Orsola". */
export const ELIDED = /^(?:d|l|dell|dall|nell|sull|all|degl|de|del|[Ss]ant)$/;

/**
 * "Ziekenhuisgroep Oost-Veluwe and Helix Cardio Analytics" (a case's parties): the words on each
 * side of "and" are named apart elsewhere in the text more often than together.
 */
function namedApart(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  if (!next?.cap) return false;
  const left = text.slice(tokens[i]!.start, tokens[j - 1]!.end);
  const right = text.slice(next.start, (tokens[j + 2]?.cap ? tokens[j + 2]! : next).end);
  const together = timesIn(text, `${left} and ${right}`);
  // (not "Ministry of Health and Social Affairs": fields after "and" go on with the name)
  if (fieldWords(right) || !/\s/.test(left) || timesIn(text, left) <= together) return false;
  // ("Maastricht University and Edward Elgar Publishing": a head ends a name written alone)
  const headEnds = isHeadWord(tokens[j - 1]!) && !isHeadWord(next) && !SUBJECT_WORD.test(next.fold);
  return headEnds || timesIn(text, right) > together;
}

/** How often the text writes these words, whole. */
const timesIn = (text: string, s: string): number =>
  (
    text.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(s)}(?![\p{L}\p{N}])`, 'gu')) ??
    []
  ).length;

/** The capitalised words from token k are written elsewhere in the text, not after "and". */
function writtenAlone(text: string, tokens: readonly Token[], k: number): boolean {
  let end = k;
  while (tokens[end]?.cap && end - k < 5) end++;
  if (end === k) return false;
  const name = text.slice(tokens[k]!.start, tokens[end - 1]!.end);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (at !== tokens[k]!.start && !/\band\s+$/.test(text.slice(Math.max(0, at - 5), at)))
      return true;
  return false;
}
