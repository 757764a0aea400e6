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
  psychiatrist modeller spokesperson rapporteur moderator panellist candidate fellow lecturer`.split(
    /\s+/,
  ),
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

/**
 * A page's credits and headers: "Editing: X", "Photo: Y", "Text: Z", "Presenter: X", an e-mail's
 * "From: X <…>" and "To: Y <…>", a register's "Feedback from: Z".
 */
export const CREDIT_LABELS = new Set(
  `editing editor editors music sound photo photos photography camera illustration illustrations
  production producer translation interview interviews text reporter presenter host from to
  cc`.split(/\s+/),
);

/** Words in brackets after a room's or a session's name, not a person's affiliation. */
export const NOT_AFFILIATION =
  /^(?:parallel|plenary|online|tbc|tbd|remote|virtual|hybrid|in person|in-person|livestream(?:ed)?|streamed|optional|closed|open|invitation only|by invitation|cancelled|postponed|full|(?:summa |magna )?cum laude|with distinction|hons|honours)$|^(?:also|and|or|via|on|in|at|see|with|for|to|as|including|incl\.|e\.g\.|i\.e\.)\s/i;

/** "Minister of Health ", "Commissioner for Health and Food Safety ": a title and its portfolio. */
export const PORTFOLIO_TITLE_BEFORE =
  /\b(?:Minister|Commissioner|Secretary|State Secretary|Director-General)\s+(?:of|for)\s+\p{Lu}[\p{L}-]*(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}-]*){0,4}\s$/u;

/** Before a name: "Interview by X", "led by X", "said X". */
export const BEFORE =
  /(?:(?:^|\n|[|·][ \t])\s*(?:\p{Lu}\p{Ll}+\s+)?[Bb]y|\b(?:led|headed|chaired|directed|coordinated|moderated|hosted|opened|introduced)\s+by|(?:^|\n|[(;])\s*(?:additional\s+)?(?:[Rr]eporting|[Ee]diting|[Ww]riting)\s+by|\b(?:said|says|added|adds|according\s+to)|\b(?:I['’]m|I\s+am|[Mm]y\s+name\s+is)|(?:^|\n)[ \t]*['’‘]\d{2}|\b(?:her|his|their|my|our)\s+(?:mother|father|daughter|son|wife|husband|sister|brother|grandmother|grandfather),?)\s+$/u;
/** "Posted 14.04.2026 by X": a page's dated byline (a person's name, or a team's). */
export const DATED_BYLINE =
  /(?:^|\n)\s*(?:Posted|Published|Written|Updated)\s+(?:on\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+\p{L}+\s+\d{4})\s+by\s+$/u;
/**
 * Weaker cues, taken only for a name compromise reads as a person's ("reviewed by Deloitte
 * Consulting", "thanked Novo Nordisk for", "met Novo Nordisk executives" are organisations).
 */
export const WEAK_BEFORE =
  /\b(?:(?:reviewed|written|edited|authored|interviewed)\s+by|met|(?:chat|talk|conversation|interview)\s+with|thanked|thanks(?:\s+to)?|congratulated|congratulates|praised|praises)\s+$/i;

/**
 * After a name compromise reads as a person's: "X spoke", "X heads the Computational … group";
 * after any name of no things' words, "X and colleagues at Y".
 */
export const VERB_AFTER =
  /^\s+(spoke|was\s+born|and\s+(?:(?:her|his)\s+(?:colleagues|co-authors|team)|colleagues|co-authors|co-workers)(?=\s+(?:at|from|of|in)\s)|(?:heads|leads|directs|chairs|runs)(?=\s+the\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:and|&)\s+)?){1,5}(?:group|lab|laboratory|team|unit|department|division|section|programme)\b))\b/u;

/** After a person's name, what is named after them: a building, a room, a prize. */
export const NAMED_AFTER =
  /^[ \t]+(?:building|hall|room|auditorium|amphitheatre|square|street|avenue|prize|award|medal|lecture|fellowships?|scholarships?)\b/i;

/**
 * A name's contact details: "– Tel.: +32 …", ", phone +49 …", " (email: …)", "– M: (+352) …", or
 * the next line's "Tel: +352 …" under a press office's name.
 */
export const CONTACT_AFTER =
  /^[ \t]*(?:\n[ \t]*)?[–—,(-]?[ \t]*(?:(?:tel|phone|mobile|e-?mail|mail)\b\.?\s*:?|(?:M|T|Mob|GSM)\.?[ \t]*:[ \t]*\(?\+?\d|\(?\+\d)/i;

/** A person's degrees after the name and a comma: ", MD PhD", ", PhD, FESC", ", Dr. med.". */
const DEGREE = String.raw`(?:MD|PhD|Ph\.D\.|DPhil|MSc|M\.Sc\.|MPH|MBA|MBBS|FRCP|FRCS|FESC|DrPH|PharmD|RN|Dr\.?[ \t]?med\.)`;
export const DEGREES_AFTER_NAME = String.raw`,[ \t]*${DEGREE}(?:[ \t]*,?[ \t]*${DEGREE})*`;
