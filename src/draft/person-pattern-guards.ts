import { afterAcademicTitle } from './generic-orgs.js';
import type { NameRun } from './name-runs.js';
import { NAMED_AFTER } from './person-pattern-words.js';
import type { Token } from './tokens.js';
import { CITIES, ROLE_WORDS } from './vocabulary.js';
import { countryNamed } from './countries.js';
import { isCommonWord } from './person-cues.js';

/** The last word of an event's name. */
const EVENT_LAST =
  /^(?:Meeting|Conference|Summit|Forum|Workshop|Symposium|Congress|Assembly|Webinar|Hearing|Days?|Week)$/;

/**
 * A street's, a hall's or a campus's word before the name, with its article and a title maybe: "Rua
 * Dr. …", "1 avenue du Président Robert Schuman" (an address writes "avenue", "rue" in small letters).
 */
const NAMED_PLACE_BEFORE =
  /\b(?:Rua|Rue|rue|Via|Viale|Avenida|Avenue|avenue|Av\.|av\.|Calle|Carrer|Straße|Strasse|Street|Road|Boulevard|boulevard|bd|Auditório|Auditorio|Auditorium|Aula|Sala|Salle|Praça|Plaza|Largo|Piazza|Place|Platz|Campus)\s+(?:(?:do|da|de|del|dos|das|della|di|du|des)\s+)?(?:(?:Prof|Dr|Professor|Doutor|Dott|Doctor|Président|Presidente|President|Général|General|Maréchal|Kardinal|Cardinal)\.?\s+)?$/;

/**
 * A name alone on its line is a block's head when a blank line follows; over one short line it
 * is a person's only when that line is no place, time or count and the name's capitals are no
 * common word or city ("Eszter HALMOSI⏎Health and Animal Welfare", not "Coffee BREAK⏎30 minutes",
 * "Charité BERLIN⏎Germany", "Hotel AMIGO⏎Rue de l'Amigo 1").
 */
export function overItsPost(text: string, run: NameRun): boolean {
  const next = /^[ \t]*\n([^\n]*)/.exec(text.slice(run.end))?.[1]?.trim();
  // (a press contact's: "Kristóf BALOGH⏎Phone: +32 2 …")
  if (!next || /^(?:Phone|Tel\b|Telephone|Mobile|Mail|E-?mail|\+\d)/i.test(next)) return true;
  const capitals = run.text.split(/[\s-]+/).filter((w) => /^\p{Lu}{2,}$/u.test(w));
  return (
    !capitals.some((w) => isCommonWord(w) || CITIES.has(w.toLowerCase())) &&
    !PLACE_FIRST.test(run.text) &&
    !/\d/.test(next) &&
    !countryNamed(next) &&
    !CITIES.has(next.toLowerCase())
  );
}
/** A house number, then a postcode: " 5–7, 106 74 Athens", " 12, B-1000 Brussels". */
const STREET_NUMBER_AFTER =
  /^[ \t]+\d{1,4}[A-Za-z]?(?:[–-]\d{1,4}[A-Za-z]?)?,[ \t]+(?:[A-Z]{1,2}-)?\d{2,5}(?:[ \t]\d{2,3})?[ \t]+\p{Lu}/u;
const PLACE_FIRST =
  /^(?:Hotel|Hôtel|Hostel|Santa|San|Saint|St|Villa|Casa|Palais|Palazzo|Square|Place|Museum)\s/;

/**
 * Where a run of capitalised words is no person's name whatever its cues: a place or a hall
 * named after one, an event's name, a role's plural, a portfolio, a quoted title's first words.
 */
export function notANameHere(
  text: string,
  tokens: readonly Token[],
  run: NameRun,
  before: string,
): boolean {
  if (/\bthe\s+$/i.test(before)) return true; // "the Aula Magna": a place or a thing
  if (/^\p{Ll}+\p{Lu}/u.test(run.text)) return true; // "eHealth Observer": a brand's spelling
  // ("GHEORGHIU Ana-Maria (CNECT) <…>": an address book's given names after the surname in
  // capitals; the person is read where the text names them in full)
  // (not a post's capitals: "Dutch MEP Sanne Verhoeven (Renew Europe)")
  const capitals = /(?:^|[\s;:,])(\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*)[ \t]$/u.exec(before)?.[1];
  if (
    capitals &&
    !ROLE_WORDS.has(capitals.toLowerCase()) &&
    /^[ \t]*[(<]/.test(text.slice(run.end, run.end + 3))
  )
    return true;
  // ("Rua Dr. Plácido da Costa 214", "Auditório Prof. Abel Salazar": a street or a hall named after one)
  if (NAMED_PLACE_BEFORE.test(before)) return true;
  // ("headquarters in Avenida Padre Cruz": the street's word opens the run)
  const titled = run.title !== undefined || /\b(?:Prof|Dr|Mr|Ms|Mrs)\.?\s+$/.test(before);
  if (!titled && NAMED_PLACE_BEFORE.test(`${run.text.split(/\s+/)[0]} `) && /\s/.test(run.text))
    return true;
  if (afterAcademicTitle(text, run.start)) return true; // "Researcher in Computational …"
  // ("Vasileos Konstantinou 5–7, 106 74 Athens": a street named after one, its number, a postcode)
  if (STREET_NUMBER_AFTER.test(text.slice(run.end, run.end + 24))) return true;
  // ("Class IIb (Annex VIII, Rule 11)", "Phase III": a class's or a phase's numeral)
  if (/(?:^|\s)[IVX]{2,4}[a-d]?$/.test(run.text)) return true;
  // ("Informal Meeting of Health Ministers": an event's name, no person's)
  if (EVENT_LAST.test(tokens[run.last - 1]!.raw)) return true;
  // ("Chief Medical Officers", "Health Ministers": a role's plural, people not named)
  const lastFold = tokens[run.last - 1]!.fold;
  if (/s$/.test(lastFold) && ROLE_WORDS.has(lastFold.slice(0, -1))) return true;
  // "Group Leader for Computational Physiology", "team HepaTwin": a portfolio, a team's name
  if (/(?:\b\p{Lu}\p{L}*\s+for|\bteam)\s+$/u.test(before) || /^Team\s/.test(run.text)) return true;
  // "“Regulatory Acceptance of In Silico Evidence”": a quoted title's first words
  if (/["“]$/.test(before) && /^\s+(?:of|for|on|in|and)\s/.test(text.slice(run.end, run.end + 6)))
    return true;
  // "the European Parliament's Altiero Spinelli building", "the Jean Monnet Prize": named after one
  if (NAMED_AFTER.test(text.slice(run.end, run.end + 16))) return true;
  return false;
}
