import { isLegalForm } from './legal-forms.js';
import { initialsOf } from './initials.js';
import { escapeRegExp } from './regex-escape.js';
import type { Label } from '../model/labels.js';
import { foldedWords, type Token } from './tokens.js';
import { ORG_HEADS, PERSONAL_TITLES } from './vocabulary.js';
import { ORG_STEM } from './name-joins.js';
import { hasOrgWord } from './person-cues.js';
import { hasHead, nameBefore } from './name-before-acronym.js';
import { shortThenFull } from './short-then-full.js';
import { labelOf, saysWhatItIs } from './introduced-labels.js';
import { speltAcronyms } from './spelt-acronyms.js';
import { countryOfCode } from './countries.js';
import { GENERIC_BODY } from './generic-orgs.js';
import { orgKindOf } from './org-kind.js';
import { paragraphAt } from './text-lines.js';

/**
 * A name the text introduces with its acronym: "the Flemish Centre for Digital Medicine (FCDM)"
 * (or with its English name: then `acronym` is empty and `alias` the English name).
 */
export interface Introduced {
  readonly name: string;
  readonly acronym: string;
  readonly label: Label;
  readonly kind?: string;
  /** How the text introduces it, when not "Full Name (ACR)". */
  readonly written?: string;
  /** Its English name, given beside a name in another language. */
  readonly alias?: string;
}

/**
 * "(FCDM)", "(BfArM)", "(VHT SC)": capitals, a second short part at most; after a name in another
 * language, its English name first: "(Institute for Computational Modelling in Health, IMCS)".
 */
const ACRONYM =
  /\(\s*(?:(\p{Lu}[^(),]{3,100}?),\s*)?(\p{Lu}[\p{L}\p{N}&-]{1,11}(?: \p{Lu}[\p{Lu}\p{N}&+-]{1,7}| (?:Committee|Board|Council|Panel|Network|Secretariat))?\+?)\s*\)/gu;
const capitals = (s: string): number => (s.match(/\p{Lu}/gu) ?? []).length;

/** The last word of a meeting's name: "Annual General Meeting", "Digital Health Summit". */
const EVENT_HEAD =
  /\s(?:Meeting|Conference|Summit|Congress|Workshop|Symposium|Webinar|Hackathon|Seminar|Colloquium)$/;
/** "MEDIQON ANALYTICS GMBH (SME)", "(NGO)", "(TBC)": what the body is, or a note, no acronym. */
const CATEGORY = /^(?:SME|NGO|NPO|CSO|PPP|RTO|HEI|TBC|TBD|N\/A|EU|UK|USA)$/;

/**
 * "Full Name (ACR)" anywhere in the text, when the acronym's letters are the name's (in order,
 * from its first letter) and the name has a head word (Centre, Agency, Strategy…) or is three
 * words or more. People's initials ("Maria Rossi (MR)") have no head and two words: not taken.
 */
export function findIntroduced(text: string, tokens: readonly Token[]): Introduced[] {
  const out: Introduced[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const [gloss, acronym] = [m[1], m[2]!];
    // "(VHTs)": the plural of a thing's initials, not an organisation's name
    if (capitals(acronym) < 2 || /\p{Lu}s$/u.test(acronym)) continue;
    const before = nameBefore(text, tokens, m.index, acronym);
    // ("The Steering Committee (SC) sets …": a generic body's initials, no organisation's name)
    if (!before || countryCode(before, acronym) || GENERIC_BODY.test(before)) continue;
    // ("The 2026 Annual General Meeting (AGM) …": an event's initials, no body's)
    if (EVENT_HEAD.test(before)) continue;
    // ("2 Near Neighbour Countries and 1 Specific Organisation (EBRAINS AISBL)": a count, and a
    // body's own name with its legal form in the brackets)
    if (/^\d+\s/.test(before) || isLegalForm(foldedWords(acronym).at(-1) ?? '')) continue;
    // ("the appointment of Dr Katrin Albers (DIN)": a titled person and her body's initials; not
    // "Sir Jules Thorn Charitable Trust (SJTCT)")
    if (PERSONAL_TITLES.has(foldedWords(before)[0] ?? '') && !hasOrgWord(before)) continue;
    if (CATEGORY.test(acronym)) {
      // ("Non-Governmental Organisation (NGO)": the category spelled out; "MEDIQON ANALYTICS
      // GMBH (SME)": a name, its category after it)
      if (initialsOf(before, { hyphens: true }) !== acronym)
        out.push({ name: before, acronym: '', written: before, ...labelOf(before, '') });
      continue;
    }
    let after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // "Virtual Human Twins (VHT) Initiative": the head after the brackets is the name's
    const head = /^ (\p{Lu}\p{Ll}+)\b/u.exec(after);
    const headed = head && hasHead(head[1]!) ? head[1]! : undefined;
    const name = headed ? `${before} ${headed}` : before;
    if (headed) after = after.slice(head![0].length);
    // ("Coordinated by the X (ACR), the project receives …": the agent of "by" is no apposition's
    // subject; the project is the sentence's)
    const nameAt = text.lastIndexOf(before, m.index);
    const agent = /\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(0, nameAt - 20), nameAt));
    const said = agent ? after.replace(/^\s*,\s*the\s+project\b/, ' and') : after;
    out.push({ name, acronym, ...(gloss ? { alias: gloss } : {}), ...labelOf(name, said) });
  }
  const both = [
    ...out,
    ...acronymFirst(text, out),
    ...shortThenFull(text, out),
    ...projectLines(text, out),
    ...projectsCalled(text, out),
    ...glossed(text),
  ];
  const all = [...both, ...projectsByRole(text, both)];
  return [...all, ...speltAcronyms(text, all)];
}

/**
 * "Instituto de Pediatria Molecular do Porto (PT)": a partner list's country code, not the name's
 * acronym (unless its words' initials are that code).
 */
const countryCode = (name: string, acronym: string): boolean =>
  /^\p{Lu}{2}$/u.test(acronym) &&
  countryOfCode(acronym) !== undefined &&
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('') !== acronym;

const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
/** "Universidade de Coimbra (University of Coimbra)": a name, then its English name in brackets. */
const GLOSSED = new RegExp(
  String.raw`(${CAP}(?:\s+(?:(?:de|da|do|das|dos|di|del|della|der|des|du|em|e|y|i|para|a|la|le|van|von)\s+)*${CAP})+)\s+\((${CAP}(?:\s+(?:(?:of|for|and|the|in|on)\s+)*${CAP})+)\)`,
  'gu',
);

/** Names glossed in English, both with an organisation's head: one organisation, the gloss an alias. */
function glossed(text: string): Introduced[] {
  const out: Introduced[] = [];
  for (const m of text.matchAll(GLOSSED)) {
    const [, name, english] = m as unknown as [string, string, string];
    if (!hasHead(name) || !hasHead(english) || titleOpens(name)) continue;
    // ("… European Health Data Space (EHDS Committee)", "Trinity College Dublin (ADAPT Centre)": a
    // short name opened by initials, or another body's name, no English gloss)
    if (/^\p{Lu}{2,}\s/u.test(english)) continue;
    out.push({ name, acronym: '', alias: english, written: m[0], ...labelOf(name, '') });
  }
  return out;
}
/** "The Universidade …": a capitalised article is no part of the name. */
const titleOpens = (name: string): boolean => /^(?:The|A|An)\s/.test(name);

/**
 * "The project, Multiscale Virtual Twin of the Liver for Predicting Drug-Induced Liver Injury
 * (HEPATWIN), …": the text says it is a project, so its title is taken even where the acronym's
 * letters are not the title's first ones.
 */
const PROJECT_CALLED = new RegExp(
  String.raw`\b(?:the|a|new|its|our)\s+(?:\p{Ll}+\s+)?project,?\s+(${CAP}(?:\s+(?:(?:of|for|and|the|in|on|to|with|de)\s+)*${CAP}){2,})\s+\((\p{Lu}[\p{Lu}\p{N}-]{2,15})\)`,
  'giu',
);

function projectsCalled(text: string, found: readonly Introduced[]): Introduced[] {
  const out: Introduced[] = [];
  for (const m of text.matchAll(PROJECT_CALLED)) {
    const [, name, acronym] = m as unknown as [string, string, string];
    if (found.some((f) => f.acronym === acronym)) continue;
    out.push({ name, acronym, label: 'Project' });
  }
  return out;
}

/**
 * "HEPATWIN – Multiscale Digital Twins of the Liver for …" on a line of its own (not a site's
 * line: "BRLO – Baltic Research Liaison Office | Funding opportunities › …"); in a table, the row's first
 * cell ("EURORDIS – Rare Diseases Europe⇥Patient organisation⇥France").
 */
const PROJECT_LINE =
  /^[ \t]*(\p{Lu}[\p{Lu}\p{N}]{2,}(?:-[\p{Lu}\p{N}]+)*)[ \t]+[–—-][ \t]+(\p{Lu}[^\n\t|›»>]{10,160}?)[ \t]*(?:\t[^\n]*)?$/gmu;

/**
 * A list of projects, one a line: acronym, dash, full title (four capitalised words or more), in a
 * text that speaks of projects.
 */
function projectLines(text: string, found: readonly Introduced[]): Introduced[] {
  if (!/\bprojects?\b/i.test(text)) return [];
  const out: Introduced[] = [];
  for (const m of text.matchAll(PROJECT_LINE)) {
    const [, acronym, name] = m as unknown as [string, string, string];
    // (four capitalised words: not "CHARITÉ – UNIVERSITÄTSMEDIZIN BERLIN", a name in capitals)
    const capitalised = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitalised < 4 || /[.!?]$/.test(name)) continue;
    if (found.some((f) => f.acronym === acronym)) continue;
    // (a plain hyphen only on the page's first line, its masthead: not a list's "CNR - National
    // Research Council of Italy", "GDPR - General Data Protection Regulation")
    const hyphen = /^[ \t]*\S+[ \t]+-[ \t]/.test(m[0]);
    if (hyphen && (m.index > text.search(/\S/) || /,/.test(name) || hasHead(name))) continue;
    // ("SPMS – Serviços Partilhados do Ministério da Saúde": the page's masthead, a body's head
    // opening the name; not a list's "AGENCYTWIN – Agency-led Digital Twin Demonstrators …")
    const first = name.split(/\s/)[0]!.toLowerCase();
    const written = `${acronym} – ${name}`;
    const masthead = m.index <= text.search(/\S/);
    if (masthead && (ORG_HEADS.has(first) || ORG_STEM.test(first)) && !first.includes('-'))
      out.push({ name, acronym, label: 'Organisation', kind: orgKindOf(name).kind, written });
    else out.push({ name, acronym, label: 'Project', written });
  }
  return out;
}

/** A project's name in capitals: "ONCOTWIN", "CARDIOTWIN-EU", "PULSAR"; or in two parts, "PulmoTwin". */
const CAPS_NAME = String.raw`(\p{Lu}[\p{Lu}\p{N}]{2,}(?:-[\p{Lu}\p{N}]+)*|\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+)`;
/** "coordinator of ONCOTWIN", "coordinates PULSAR", "the PULSAR project", "the ONCOTWIN consortium". */
const PROJECT_CUE = new RegExp(
  String.raw`\b(?:[Cc]oordinat(?:or|ors|es|ed|e|ing)|lead partner)(?:,[ \t]+|\s+(?:of\s+)?(?:the\s+)?)${CAPS_NAME}(?=\s*(?:[,.;:)]|$)|\s+(?:and|project|consortium)\b|\s+[–—]\s)|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur)\s+${CAPS_NAME}\s+(?:project|consortium|pilot)\b|${CAPS_NAME},\s+an?\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:project|programme|pilot)\b|${CAPS_NAME}\s+(?:is|will\s+be|was)\s+coordinated\s+by\b`,
  'gu',
);

/**
 * Projects the text names only by their acronym, where it says what they are: the project's
 * coordinator, "the X project", "the X consortium". A known name is left to the gazetteer.
 */
function projectsByRole(text: string, found: readonly Introduced[]): Introduced[] {
  const out: Introduced[] = [];
  for (const m of text.matchAll(PROJECT_CUE)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    if ([...found, ...out].some((f) => f.acronym === name || f.name === name)) continue;
    out.push({ name, acronym: name, label: 'Project', written: name });
  }
  return out;
}

/** "TUMORTWIN, a new Horizon Europe project that …", anywhere in the text: it says what it is. */
const calledProject = (text: string, acronym: string): boolean =>
  new RegExp(
    String.raw`(?<![\p{L}\p{N}-])${escapeRegExp(acronym)},?\s+(?:is\s+)?(?:a|an|the)\s+(?:[\p{L}\p{N}€.,-]+\s+){0,4}?project\b`,
    'u',
  ).test(text);

/**
 * "COR-TWIN (Cardiovascular Open Reference Twins …) brings together 12 partners … under grant
 * agreement No 101195432, … the project runs from …": a name with no organisation's word whose
 * paragraph speaks of its grant or calls it the project.
 */
const fundedHere = (text: string, at: number, name: string): boolean => {
  // (the acronym opens its sentence: not "The project is coordinated by EPF (European …)")
  // ("Funding: TWINHEART (…) has received …"; "joined X (…), a four-year research consortium")
  const opens =
    /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 3), at)) ||
    /^[^()]*\([^()]*\)\s*,\s+an?\s+[^.]{0,80}?\b(?:project|consortium)\b/.test(
      text.slice(at, at + 300),
    );
  const paragraph = paragraphAt(text, at);
  return (
    opens &&
    orgKindOf(name).guessed &&
    /\bgrant agreement\b|(?:^|[.!?]\s+)(?:The|This) project\b/.test(paragraph)
  );
};

/** "PULSETWIN (Personalised Cardiovascular Twins for Heart Failure Management) is a … project". */
const ACRONYM_FIRST =
  /\b(\p{Lu}[\p{Lu}\p{N}-]{2,15})\s+\((\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:for|of|on|in|and|the|to|with|by|de|des|du|der|für)\s+)*\p{Lu}[\p{L}'’-]*){2,11})\)/gu;

/** "INSILICO-EU – the European Research … Medicine –": an acronym, then its name between dashes. */
const ACRONYM_APPOSED =
  /\b(\p{Lu}[\p{Lu}\p{N}-]{2,15})\s+[–—]\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:for|of|on|in|and|the|to|with)\s+)*\p{Lu}[\p{L}'’-]*){2,11})\s+[–—]/gu;

/**
 * An acronym in capitals, then its full name in brackets (Title Case, three words or more, the
 * same first letter): a project's or an organisation's name, introduced the other way round.
 */
function acronymFirst(text: string, found: readonly Introduced[]): Introduced[] {
  const out: Introduced[] = [];
  for (const m of [...text.matchAll(ACRONYM_FIRST), ...text.matchAll(ACRONYM_APPOSED)]) {
    const [, acronym, name] = m as unknown as [string, string, string];
    // ("the CHMP (Chaired by Bruno Sepodes)": a note on it, no name)
    if (/^\S+\s+by\b/i.test(name)) continue;
    // (an apposition says what the acronym is: "INSILICO-EU – the European Research
    // Infrastructure Consortium for In Silico Medicine –", a name with a head)
    const apposed = !m[0].includes('(') && hasHead(name);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    // (or the text says what it is: "TWIN-HF (Virtual Twins for Heart Failure Management), a
    // four-year Horizon Europe project")
    // (not "CHAIMELEON (Universitat Politècnica de València)": a partner's name in brackets)
    const letters = acronym[0] === name[0] || apposed || (saysWhatItIs(after) && !hasHead(name));
    if (!letters || found.some((f) => f.acronym === acronym)) continue;
    if (out.some((o) => o.acronym === acronym)) continue;
    const before = text
      .slice(Math.max(0, m.index - 200), m.index)
      .split(/[.!?]\s/)
      .at(-1)!;
    const label =
      calledProject(text, acronym) || fundedHere(text, m.index, name)
        ? { label: 'Project' as const }
        : labelOf(name, after, before);
    out.push({ name, acronym, written: `${acronym} (${name})`, ...label });
  }
  return out;
}
