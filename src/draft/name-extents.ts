/** Where an organisation's name goes on past a word that would end it (org-run.ts). */
import type { Token } from './tokens.js';
import { ORG_HEADS, ROLE_WORDS, STOP_WORDS } from './vocabulary.js';

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

/** "the Permanent Representation of Lithuania to the EU": whom a representation is to. */
export function toTheUnion(text: string, name: string, end: number): number {
  if (!/\b(?:Representation|Delegation|Mission)\b/.test(name)) return 0;
  return (
    /^ to the (?:EU|UN|OECD|WHO|European Union|United Nations)\b/.exec(
      text.slice(end, end + 30),
    )?.[0].length ?? 0
  );
}

/**
 * 'Istituto Pediatrico Regionale "Santa Chiara"', 'Istituto Neurologico “Carlo Besta”': a body's
 * name with its patron's in quotation marks; the characters the quoted part adds (0 for none).
 */
export function quotedPatron(text: string, name: string, end: number): number {
  if (!ORG_STEM_WORD.test(name)) return 0;
  // (with an acronym after it: '… "A. Gemelli" IRCCS'; not '"Smart Hospital" programme')
  const quoted =
    /^ ["“]\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}["”](?: \p{Lu}{2,}\b|(?! \p{Ll}))/u;
  return quoted.exec(text.slice(end, end + 70))?.[0].length ?? 0;
}

/** Heads of the bodies named after a patron: institutes, hospitals, foundations, schools. */
const ORG_STEM_WORD =
  /\b(?:Istituto|Institut[eo]?|Ospedale|Hospital|Hospital|Hôpital|Fondazione|Fundaci[oó]n?|Foundation|Universit\p{L}*|School|Scuola|Liceo|Centre|Centro|Clinic|Clinica|Klinik\p{L}*)\b/u;

/** "INVITED the Commission", "Ministers UNDERLINED the potential": conclusions' verbs in capitals. */
export const isCapsVerb = (t: Token): boolean => /^\p{Lu}{4,}ED$/u.test(t.raw);

/**
 * "St Enda's University Hospital", "King's College London", "St James's Hospital": a saint's or a
 * king's possessive inside a name (not "Uppsala University's Faculty": a body's unit).
 */
export const saintly = (tokens: readonly Token[], i: number, j: number, between: string): boolean =>
  tokens[j]!.raw === 's' &&
  /^['’]$/.test(between) &&
  /^(?:St|Saint|Sankt|King|Queen|Guy)$/.test(tokens[i]!.raw) &&
  j - i <= 2;
