/** Words the person patterns look for around a name (person-pattern.ts). */
import { DOCUMENT_HEADS, INITIATIVE_HEADS } from './vocabulary.js';

/**
 * Lower-case job titles that stand right before a name: "co-founder Maja Holm", "chief executive
 * X", "patient advocate X", "health economist X" (words only a person is; not "partner", "developer").
 */
export const LOWER_TITLE_BEFORE = new Set(
  `founder cofounder executive ceo cto officer chairman chairwoman advocate economist cardiologist
  oncologist surgeon nurse epidemiologist lawyer journalist radiologist neurologist pharmacist
  psychologist statistician physician clinician researcher scientist biologist physicist
  psychiatrist modeller spokesperson rapporteur moderator panellist candidate`.split(/\s+/),
);

/** Last words of works, not of people's names: "Strategic Agenda", "Action Plan". */
export const WORK_WORDS = new Set([...DOCUMENT_HEADS.keys(), ...INITIATIVE_HEADS.keys(), 'agenda']);

const LISTED_NOUNS = [
  'scientists researchers authors co-authors speakers panellists panelists experts members officials guests winners laureates',
  // ("Authors: X, Y": nouns only people are may open a line; "Winners:" may list projects)
  'Authors Co-authors Speakers Panellists Panelists',
]
  .join(' ')
  .split(' ')
  .join('|');
/** "… authored by four of its scientists: A, B, C and D": names listed after people's noun. */
export const LISTED_AFTER = new RegExp(
  String.raw`\b(?:${LISTED_NOUNS})\s*:\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|den|der|da|di|du|la|le))*(?:,\s*|,?\s+and\s+))*$`,
  'u',
);

/** A page's credits: "Editing: X", "Photo: Y", "Music: Z". */
export const CREDIT_LABELS = new Set(
  `editing editor editors music sound photo photos photography camera illustration illustrations
  production producer translation interview interviews`.split(/\s+/),
);

/** Words in brackets after a room's or a session's name, not a person's affiliation. */
export const NOT_AFFILIATION =
  /^(?:parallel|plenary|online|tbc|tbd|remote|virtual|hybrid|in person|in-person|livestream(?:ed)?|streamed|optional|closed|open|invitation only|by invitation|cancelled|postponed|full)$/i;
