/** Where an organisation's name goes on past a word that would end it (org-run.ts). */
import { gap, ORG_STEM } from './name-joins.js';
import type { Token } from './tokens.js';
import { ORG_HEADS, ROLE_WORDS, STOP_WORDS } from './vocabulary.js';
import { someCommon } from './person-cues.js';

/**
 * "Centre for European Health Policy Studies", "Institute for Global Health": in a name that opens
 * with its head, "Policy" or "Global" before a capitalised word that is no title is the subject's.
 */
export const subjectWord = (tokens: readonly Token[], i: number, j: number): boolean =>
  /^(?:policy|global)$/.test(tokens[j]!.fold) &&
  ORG_HEADS.has(tokens[i]!.fold) &&
  tokens[j + 1]?.cap === true &&
  !ROLE_WORDS.has(tokens[j + 1]!.fold) &&
  !STOP_WORDS.has(tokens[j + 1]!.fold);

/**
 * "the Permanent Representation of Lithuania to the EU", "Permanent Mission of Ireland to the
 * United⏎Nations Office and other international organizations in Geneva": whom a representation
 * is to (a line's end between its words), and where.
 */
export function toTheUnion(text: string, name: string, end: number): number {
  if (!/\b(?:Representation|Delegation|Mission)\b/.test(name)) return 0;
  return TO_THE_UNION.exec(text.slice(end, end + 120))?.[0].length ?? 0;
}
const TO_THE_UNION =
  /^\s+to\s+the\s+(?:EU|UN|OECD|WHO|European\s+Union|United\s+Nations)\b(?:\s+Office(?:\s+and\s+other\s+international\s+organi[sz]ations)?(?:\s+(?:in|at)\s+(?:Geneva|Vienna|Nairobi|New\s+York))?|,\s+(?:Geneva|Vienna|Nairobi|New\s+York|Brussels|Paris)\b)?/;

/**
 * 'Istituto Pediatrico Regionale "Santa Chiara"', 'Istituto Neurologico “Carlo Besta”': a body's
 * name with its patron's in quotation marks; the characters the quoted part adds (0 for none).
 */
export function quotedPatron(text: string, name: string, end: number): number {
  if (!ORG_STEM_WORD.test(name)) return 0;
  // (with an acronym after it: '… "A. Gemelli" IRCCS'; not '"Smart Hospital" programme', a noun
  // after it, but '"Guglielmo Marconi" at the University of Bologna', a small word)
  const quoted =
    /^ ["“„]\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}["”](?: \p{Lu}{2,}\b|(?! (?!(?:at|of|in|and|is|was|has|will|which)\b)\p{Ll}))/u;
  const m = quoted.exec(text.slice(end, end + 70));
  // (a department's patron is a person, not a campaign's common words: 'Department of Health
  // "Better Health"')
  if (
    !m ||
    (/\b(?:Department|Dipartimento|Faculty|Facoltà)\b/.test(name) &&
      someCommon(m[0].replace(/["“”]/g, '').trim()))
  )
    return 0;
  return m[0].length;
}

/** Heads of the bodies named after a patron: institutes, hospitals, foundations, schools. */
const ORG_STEM_WORD =
  /\b(?:Istituto|Institut[eo]?|Ospedale|Hospital|Hôpital|Fondazione|Fundaci[oó]n?|Foundation|Universit\p{L}*|School|Scuola|Liceo|Centre|Centro|Clinic|Clinica|Klinik\p{L}*|Department|Dipartimento|Faculty|Facoltà)\b/u;

/**
 * "INVITED the Commission", "Ministers UNDERLINED the potential": conclusions' verbs in capitals;
 * "… Utrecht Launches Centre for …": a headline's verb in Title Case.
 */
export const isCapsVerb = (t: Token): boolean =>
  /^\p{Lu}{4,}ED$/u.test(t.raw) || TITLE_VERB.test(t.raw);
const TITLE_VERB =
  /^(?:Launches|Joins|Join|Opens|Announces|Signs|Wins|Receives|Welcomes|Hosts|Unveils|Publishes|Presents|Backs|Adopts|Approves|Awards|Selects|Appoints|Elects|Secures|Expands|Invests|Acquires|Calls|Urges|Warns|Says|Agrees|Launched|Opened|Signed)$/;

/**
 * "St Enda's University Hospital", "King's College London", "St James's Hospital": a saint's or a
 * king's possessive inside a name (or a plural's: "Children's Hospital") (not "Uppsala University's Faculty": a body's unit).
 */
export const saintly = (tokens: readonly Token[], i: number, j: number, between: string): boolean =>
  tokens[j]!.raw === 's' &&
  /^['’]$/.test(between) &&
  ((/^(?:St|Saint|Sankt|King|Queen|Guy)$/.test(tokens[i]!.raw) && j - i <= 2) ||
    // ("Pohjola Children's Hospital", "European People's Party": a plural's possessive, then a name)
    (/^(?:Children|Women|Men|People)$/.test(tokens[j - 1]!.raw) && tokens[j + 1]?.cap === true));

/** What a name goes on with after its words: "to the EU", a patron's quoted name (characters). */
export const nameTail = (text: string, name: string, end: number): number =>
  toTheUnion(text, name, end) || quotedPatron(text, name, end);

/**
 * A word that opens no organisation's name: a verb in capitals, "About" opening a boilerplate
 * heading ("About Hedera Health Ventures"; "Talk About Health Foundation" is a name).
 */
export const opensNoName = (text: string, t: Token): boolean =>
  isCapsVerb(t) ||
  (t.raw === 'About' && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, t.start - 20), t.start)));

/**
 * "Greens/EFA": a word and an acronym in capitals, one name (not "SANTE/CONNECT", two acronyms;
 * not "Pfizer/BioNTech", two companies).
 */
export const slashed = (prev: Token, t: Token, between: string): boolean =>
  between === '/' && /^\p{Lu}{2,}$/u.test(t.raw) && /\p{Ll}/u.test(prev.raw);

/** The words from token k name an organisation of their own (a head word among the first four). */
export const ownsAnother = (tokens: readonly Token[], k: number): boolean =>
  tokens.slice(k, k + 4).some((t) => ORG_HEADS.has(t.fold) || ORG_STEM.test(t.fold));

/** A head word in the run of names that starts at token k (up to a comma or a bracket). */
export function headInRun(text: string, tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < k + 5 && tokens[n]?.cap; n++) {
    if (n > k && !/^(?: | [–—] |-)$/.test(gap(text, tokens[n - 1]!, tokens[n]!))) return false;
    // (a head word first is the unit's subject: "Lab of Network Science")
    if ((n > k && ORG_HEADS.has(tokens[n]!.fold)) || ORG_STEM.test(tokens[n]!.fold)) return true;
  }
  return false;
}
