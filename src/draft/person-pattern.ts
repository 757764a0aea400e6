import type { NameRun } from './name-runs.js';
import {
  someCommon,
  hasOrgWord,
  hasRoleWord,
  isInitialsOf,
  looksLikePerson,
  someCommonName,
  ownedBy,
} from './person-cues.js';
import type { Token } from './tokens.js';
import { CITIES, ROLE_WORDS } from './vocabulary.js';
import { wordBefore } from './person-word-before.js';
import {
  BEFORE,
  DATED_BYLINE,
  WEAK_BEFORE,
  VERB_AFTER,
  CONTACT_AFTER,
  PORTFOLIO_TITLE_BEFORE,
  NOT_AFFILIATION,
  WORK_WORDS,
} from './person-pattern-words.js';
import { lineAt, lineBefore } from './text-lines.js';
import { countryNamed } from './countries.js';
import { endsWithField } from './portfolios.js';
import { GROUP_SPELLINGS } from './political-groups.js';
import { notANameHere, overItsPost } from './person-pattern-guards.js';
import { laterCue } from './person-pattern-late.js';

/*
 * The patterns that make a run of capitalised words a person's name: a cue before it (a title, a
 * role noun, "by", a verb of saying), an appositive or job title after it, a quote, a signature.
 */
/**
 * "…, Head of Unit, X", "the Secretary of State for Health Digitalisation, X", "The chair of the
 * Baltic Association of Rare Disease Patients (BARDP), X": the comma's phrase before the name has
 * a job title in its last words, or opens with one and "of".
 */
function titleBefore(text: string, start: number): boolean {
  const phrase = text
    .slice(Math.max(0, start - 120), start)
    .replace(/\s*\([^()]*\)/g, '') // (an acronym in brackets is the title's)
    // (not over a list's line: "…, Minister of Social Affairs ⏎ Germany – Dr X, Parliamentary …")
    .split(/[.;:(]|\n\s*\n|\n(?=[^\n]*\s[–—]\s)/)
    .at(-1)!
    .replace(/,\s$/, '')
    .split(',')
    .at(-1)!
    .trim();
  const opening = /^(?:the\s+|its\s+|our\s+)?([\p{L}-]+)\s+(?:of|at)\s/iu.exec(phrase);
  if (opening && ROLE_WORDS.has(opening[1]!.toLowerCase())) return true;
  return hasRoleWord(phrase.split(/\s+/).slice(-8).join(' '));
}

/** Why the text's own words make a run a person's name, or undefined. */
const UNIT_AFTER_DASH =
  /^[ \t]+[–—][ \t]+(?:Department|Dept\.|Faculty|School|Institute|Centre|Center|Laboratory|Lab|Division|Clinic|Service)\s+(?:of|for)\s+\p{Lu}/u;

const SURNAME_IN_CAPITALS = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}{2,}(?:-\p{Lu}{2,})?)+$/u;

/**
 * The words after a name on its line; the next line's too when this one says next to nothing
 * ("Maren Solheim, PhD • 2nd⏎Senior Researcher at …", a profile's header).
 */
const ownLineFirst = (after: string): string => {
  const [line, next] = after.split('\n', 2);
  return line!.trim().length <= 12 && next !== undefined ? `${line}\n${next}` : line!;
};

/** ", S&D)", ", Verts/ALE)": a member's political group in the brackets after the name. */
const GROUP_AFTER = new RegExp(String.raw`^,[ \t]*(?:${GROUP_SPELLINGS})[ \t]*[,)]`);

/** A post's fields so far: "Federal Minister for Labour, " (then "Social Affairs, Health …"). */
const PORTFOLIO_BEFORE =
  /\b(?:Minister|Secretary|Commissioner|Ministry|Department)\s+(?:of|for)\s+[^,\n]{2,60},[ \t]$/;

export function patternOf(
  text: string,
  tokens: readonly Token[],
  run: NameRun,
): string | undefined {
  const before = text.slice(Math.max(0, run.start - 40), run.start);
  if (notANameHere(text, tokens, run, before)) return undefined;
  if (run.title) return `title "${run.title}"`;
  // ("Inês CARVALHO MOREIRA" alone on its line: a title page's author, the surname in capitals)
  if (
    SURNAME_IN_CAPITALS.test(run.text) &&
    lineAt(text, run.start).trim() === run.text &&
    /(?:^|\n[ \t]*\n)[ \t]*$/.test(text.slice(Math.max(0, run.start - 40), run.start)) &&
    !someCommon(run.text.split(' ')[0]!) &&
    overItsPost(text, run)
  )
    return 'surname in capitals, alone on its line';
  // ("Covering AMs 34 (Lorenzo Ferri-Castellani, S&D), 35 (…, Renew)": a member, then the group)
  if (
    // (an amendment's number before the bracket: not "Antonio Tajani (Forza Italia, EPP)", a party)
    /\d[ \t]*\([ \t]*$/.test(before) &&
    /\s/.test(run.text) &&
    !hasOrgWord(run.text) &&
    GROUP_AFTER.test(text.slice(run.end, run.end + 24))
  )
    return 'a political group after';
  // "(For more information: Marta Oliveira – Tel.: +32 2 …)": a press contact
  // ("Press contact: Sanne de Graaf – Tel.: …": a name whose words, its particles aside, are no
  // things' words)
  // (on the next line, under a name compromise knows: not an office's "… Sajtóiroda")
  const contact = CONTACT_AFTER.exec(text.slice(run.end, run.end + 16));
  if (
    contact &&
    (looksLikePerson(run.text) || (!someCommonName(run.text) && !contact[0].includes('\n')))
  )
    return 'contact details after';
  // (the weak cue first: compromise's reading of the name costs a parse)
  const weak = WEAK_BEFORE.exec(before);
  // (a dated byline's: a name of no common words, not "Communications Team")
  const dated = DATED_BYLINE.exec(before);
  const poster = dated && !hasOrgWord(run.text) && !someCommon(run.text) ? dated : null;
  const by = BEFORE.exec(before) ?? (weak && looksLikePerson(run.text) ? weak : null) ?? poster;
  if (by) return `"${by[0].trim()}" before`;
  const acts = VERB_AFTER.exec(text.slice(run.end, run.end + 120));
  // (a full name: "Pieter-Jan leads the …" under "Dr Pieter-Jan Vermeersch" is that person)
  // ("Aoife Brennan and colleagues at …": a person's team, whatever the name's words)
  // ("Saoirse Fitzpatrick was born in Mullingar": only a person is born)
  const team =
    /^(?:and|was)/.test(acts?.[1] ?? '') && !hasOrgWord(run.text) && !someCommon(run.text);
  if (acts && /\s/.test(run.text) && (team || looksLikePerson(run.text)))
    return `"${acts[1]}" after`;
  // (on one line: "Professor Geris,\nHonourable Members" is a speech's salutations)
  // (not a speakers page's "Head of Modelling & Simulation, Theramodel Therapeutics": a company)
  // (nor a portfolio's next field: "Federal Minister for Labour, Social Affairs, Health")
  if (
    /,[ \t]$/.test(before) &&
    titleBefore(text, run.start) &&
    !hasOrgWord(run.text) &&
    !(PORTFOLIO_BEFORE.test(before) && someCommon(run.text)) &&
    // (nor a post's field: "Team Leader, Computational Biology", "Consultant, Life Sciences")
    !(endsWithField(run.text) && someCommon(run.text)) &&
    // (nor the start of a longer name: "Member, Clinical Translation Expert Panel, EDITH")
    !/^[ \t]+\p{Lu}/u.test(text.slice(run.end, run.end + 3)) &&
    // (nor a named person's body in brackets: "Ignasi Roca i Mas (Investment Director, Fondo
    // Minerva Salud)")
    !(text[run.end] === ')' && personBefore(before))
  )
    return 'job title before';
  // (not "the Society's Strategic Agenda 2026-2028": a work the organisation has)
  const work = WORK_WORDS.has(tokens[run.last - 1]!.fold);
  if (ownedBy(before) && !work) return 'an organisation’s person ("Org’s X")';
  // "Minister of Health Dalia Vaitkutė", "Commissioner for Health Olivér Várhelyi": a portfolio
  if (PORTFOLIO_TITLE_BEFORE.test(before)) return 'job title with its portfolio before';
  const justBefore = wordBefore(text, tokens, run);
  if (justBefore) return justBefore;
  // ("Eamon Kinsella TD, Minister of State …": a post-nominal before the apposition)
  const postNominal = /^(?:\s+(?:TD|MP|MEP|MLA|MSP|MdB|QC|KC|OBE|CBE|MBE|DBE))+(?=,)/.exec(
    text.slice(run.end, run.end + 20),
  );
  const after = text.slice(run.end + (postNominal?.[0].length ?? 0), run.end + 160);
  // (not ", accompanied by Director-General …": the title of whoever comes next)
  // (not a place before its country: "Inria, Sophia Antipolis, France⏎2011–2012   Visiting
  // researcher")
  const country = /^,[ \t]+(\p{Lu}[\p{L}-]+(?:[ \t]\p{Lu}[\p{L}-]+)?)[ \t]*(?:\n|$)/u.exec(after);
  // (nor a party before its group: "(Partito Democratico, S&D) met the rector")
  const titled =
    !/^,\s+\p{Ll}+ed\s+by\b/u.test(after) &&
    !GROUP_AFTER.test(after) &&
    !(country && countryNamed(country[1]!) && /,[ \t]*$/.test(lineBefore(text, run.start))) &&
    hasRoleWord(ownLineFirst(after.slice(1, 80)));
  if (/^(?:,|\s[–—])[ \t]/.test(after) && titled) return 'job title after';
  // (before the apposition a post-nominal skipped: "rapporteur Ilaria Benedetti MEP, and …")
  const named = text.slice(run.end, run.end + 12);
  if (/^\s+MEP\b/.test(named)) return 'title "MEP" after';
  // ("Siobhán Mulcahy TD", "Anna Berg MdB": a member's post-nominal, not an acronym's)
  if (/^[ \t]+(?:TD|MP|MdB|MSP|MLA)\b(?![-–])/.test(named) && looksLikePerson(run.text))
    return 'a member’s post-nominal after';
  // ("Key Findings from the Survey", "Early Results from the Karolinska …": a heading's words;
  // a heading opens its line and ends without a full stop)
  const lineEnd = text.indexOf('\n', run.start);
  const line = text.slice(run.start, lineEnd < 0 ? undefined : lineEnd).trim();
  const opensLine = /(?:^|\n)[ \t]*$/.test(before) && !/[.!?:;"”’]$/.test(line);
  // (not "TWIN4CARE (Clinical Adoption of Virtual Human Twins …)": common words spelling out an
  // acronym in brackets; "Sigrid Hill of Karolinska" is a person)
  // (nor a heading's words, "Temporary Closure of Ħal Far Slipway", a common word among them;
  // nor a numbered list's item so, "1. Editorial Expression of Concern: …")
  if (
    /^\s+(?:from|of|at)\s+\p{Lu}/u.test(after) &&
    !(
      /(?:^|\n)[ \t]*\d{1,3}\.[ \t]+$/.test(before) &&
      someCommon(run.text) &&
      !looksLikePerson(run.text)
    ) &&
    !(/\(\s*$/.test(before) && someCommon(run.text)) &&
    !(opensLine && someCommon(run.text) && !looksLikePerson(run.text))
  )
    return 'affiliation after';
  // ("Tomasz Żelazny – Department of Applied Mathematics": a list's line, a name and its department)
  if (
    /(?:^|\n)[ \t]*$/.test(before) &&
    UNIT_AFTER_DASH.test(after) &&
    (looksLikePerson(run.text) || !someCommonName(run.text))
  )
    return 'department after';
  if (/^\s+(?:from|of|at)\s+the\s+\p{Lu}/u.test(after) && !opensLine) return 'affiliation after';
  // "Erik Holm, of the Department of Physics": an aside naming where the person works
  if (/^,\s+(?:from|of)\s+the\s+\p{Lu}/u.test(after) && !opensLine && looksLikePerson(run.text))
    return 'affiliation after';
  // "He replaces X, who stepped down" (not "Commissioner for Health and Animal Welfare, who":
  // the end of a portfolio's name)
  if (/^,\s+who\s/.test(after) && !/\b(?:for|of)\s+(?:\p{Lu}[\p{L}-]*,?\s+)+and\s+$/u.test(before))
    return '", who" after';
  // "elected X as chair of …", "has appointed X as its Director": a person given a role
  if (
    /\b(?:appointed|named|elected|nominated|hired|recruited)\s+$/.test(before) &&
    /^\s+(?:as|its|their)\s/.test(after)
  )
    return 'appointed "as" a role';
  // ("Cyfrowe Serce (“Digital Heart”)": a translation in brackets, not an affiliation)
  const paren = /^\s*\(([^)"“”]{2,80})\)/.exec(after);
  // ("Our fourth Annual Forum (7–8 May 2025)": a date in brackets is no affiliation, nor a
  // document's number, "Technical Specification (prCEN/TS 18231)"; "(SANTE/B3)" is a unit)
  // ("Sala Re Enzo (parallel)": a session's words in brackets are no affiliation; "(imec)" is one)
  const inner = paren?.[1] ?? '';
  if (
    paren &&
    !isInitialsOf(inner, run.text) &&
    !/^\s*\d|\d{4}/.test(inner) &&
    // ("Syndesmo Bio (Lyon, 23 staff)": a company's headcount)
    !/\b\d[\d,.]*\s+(?:staff|employees|people|FTEs?)\b/i.test(inner) &&
    !NOT_AFFILIATION.test(inner.trim()) &&
    // ("first published in Diário do Atlântico (Lisbon)": a place's title, in its city)
    !(/\b(?:in|at)\s+$/.test(before) && CITIES.has(inner.trim().toLowerCase()))
  )
    return 'affiliation in brackets';
  // "Stanisław Bąk, 71, from Świdnik"; "Lotte Brandsma stays on as Secretary-General"
  if (/^,\s\d{1,3},/.test(after)) return 'age after';
  return laterCue(text, run, { before, after, line, lineEnd });
}

/** "Ignasi Roca i Mas (Investment Director, ": a person's name, then their post and body in brackets. */
function personBefore(before: string): boolean {
  const name =
    /(\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:\p{Lu}[\p{L}'’-]+|i|y|de|van|von|da|di)){1,3})[ \t]+\([^()\n]*,[ \t]$/u.exec(
      before,
    )?.[1];
  // (a name, not a body's: "The Steering Group (Chair, Maria Lopez)" names its chair)
  return name !== undefined && !someCommonName(name) && !hasOrgWord(name);
}
