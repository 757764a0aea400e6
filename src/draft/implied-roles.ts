/** Roles an appositive gives without naming the organisation, and the roles it builds. */
import type { Affiliation } from './affiliations.js';
import type { AppositiveInput } from './appositive.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import { countryNamed } from './countries.js';
import { isOrgLike, type Mention } from './mentions.js';
import { cleanTitle } from './job-titles.js';
import { namedOrg } from './named-org.js';
import { foldedWords } from './tokens.js';

/** "the company's chief executive": the organisation named before, by its kind. */
const ANAPHOR =
  /^(?:the|its)\s+(company|agency|university|institute|centre|center|hospital|foundation|association|alliance|network|project|consortium|organisation|organization)['’]s\s/i;

/** A clause after the title: a verb in small letters ("…, walks its aisles", "…, voted against"). */
const CLAUSE =
  /,\s+(?=(?:\p{Ll}+(?:s|ed)\s+(?!and\b|or\b)|(?:is|was|has|had|will|would|who|which|said|says)\b))|;/u;

/** No organisation named: "the company's chief executive", "Commissioner for Health". */
export function implied(a: AppositiveInput, a0: number, a1: number): Affiliation[] {
  // ("Luca Bianchi, MEP, voted against …": the title ends before a clause in small letters)
  // (not at a list's comma: "vice-rector for research, innovation and international relations")
  const said = a.text.slice(a0, a1).split(CLAUSE)[0]!;
  const anaphor = ANAPHOR.exec(said);
  if (anaphor) {
    const before = a.mentions.all.filter((m) => m.end <= a.p.start && isOrgLike(m));
    // "the university's head of …": the last university named, else the last organisation of the
    // same paragraph ("the company" does not reach back to a university two paragraphs up)
    const noun = anaphor[1]!.toLowerCase();
    const org =
      before.filter((m) => m.entity.name.toLowerCase().includes(noun)).at(-1) ??
      before.filter((m) => !/\n\s*\n/.test(a.text.slice(m.end, a.p.start))).at(-1);
    const title = cleanTitle(said.slice(anaphor[0].length), '', false);
    return org && title ? [affiliation(a, org, title, a0 + said.length)] : [];
  }
  return titledInstitution(a, said, a0, a0 + said.length);
}

/** Titles that name their institution: "Commissioner for Health", "MEP". */
const TITLE_INSTITUTIONS: readonly [RegExp, string][] = [
  [/^(?:European\s+)?(?:Executive\s+Vice-President|Commissioner)\b/, 'European Commission'],
  [/^(?:MEP|Member\s+of\s+(?:the\s+)?European\s+Parliament)\b/, 'European Parliament'],
];

/**
 * "Director-General for Health and Food Safety": the directorate-general the graph knows by that
 * name (a national one it does not know is left to the curator).
 */
function directorate(a: AppositiveInput, said: string): string | undefined {
  const field = /^Director-General\s+(?:for|of)\s+(\p{Lu}[\p{L}, -]{2,80}?)\s*$/u.exec(said)?.[1];
  const name = field && `Directorate-General for ${field}`;
  return name && a.gaz.byName.has(foldedWords(name).join(' ')) ? name : undefined;
}

/** The institution a title names: the known one, else proposed (with a check saying why). */
const institution = (a: AppositiveInput, name: string, title: string): DraftEntity =>
  namedOrg(a.gaz, a.builder, name, `new organisation: the title "${title}" names it`);

function titledInstitution(
  a: AppositiveInput,
  said: string,
  a0: number,
  a1: number,
): Affiliation[] {
  const name = TITLE_INSTITUTIONS.find(([title]) => title.test(said))?.[1] ?? directorate(a, said);
  const title = cleanTitle(said, '', false);
  if (!name || !title) return [];
  const entity = institution(a, name, title);
  return [
    affiliation(a, { entity, first: a.p.first, last: a.p.last, start: a0, end: a1 }, title, a1),
  ];
}

/**
 * "X, MEP (Renew Europe, Sweden)": a title naming its institution, then the person's group in
 * brackets — a role at each (the group's without a title). Undefined for other shapes.
 */
export function titleThenBrackets(
  a: AppositiveInput,
  a0: number,
  org: Mention,
): Affiliation[] | undefined {
  const lead = /^(.+?)\s*\($/.exec(a.text.slice(a0, org.start));
  const roles = lead ? titledInstitution(a, lead[1]!, a0, a0 + lead[1]!.length) : [];
  if (!roles.length || roles[0]!.org.entity === org.entity) return undefined;
  const close = a.text.indexOf(')', org.end);
  const end = close < 0 ? org.end : close + 1;
  return [...roles, { person: a.p, org, evidence: a.text.slice(a.from, end) }];
}

export function affiliation(
  a: AppositiveInput,
  named: Mention,
  title: string | undefined,
  end: number,
): Affiliation {
  // "Director-General for X at the Commission": the DG they head, PART_OF what the text names
  const dg = title ? directorateOf(a, title, named) : undefined;
  if (dg)
    a.builder.relate(dg.entity, 'PART_OF', named.entity, {
      evidence: a.text.slice(a.from, named.end),
    });
  const org = dg ?? named;
  return {
    person: a.p,
    org,
    ...(title ? { title } : {}),
    evidence: a.text.slice(a.from, Math.max(end, org.end)),
  };
}

/**
 * "Director-General for Health and Food Safety at the European Commission": the known
 * "Directorate-General for Health and Food Safety", where the text names the organisation.
 */
function directorateOf(a: AppositiveInput, title: string, org: Mention): Mention | undefined {
  const of = /^(?:Deputy\s+)?Director-General\s+(for\s+.+)$/i.exec(title);
  const dg = of && a.gaz.byName.get(`directorate general ${foldedWords(of[1]!).join(' ')}`)?.[0];
  if (!dg || dg.id === org.entity.id) return undefined;
  return { ...org, entity: a.builder.refer(dg, dg.name) };
}

/** "Minister of Health of Cyprus": a minister's portfolio, then the country. */
const MINISTER_OF =
  /^(?:the\s+)?((?:Deputy\s+|Federal\s+|State\s+)?Minister\s+(?:of|for)\s+(?!State\b)(?:\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+)?|\s+))+?)of\s+((?:the\s+)?)(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3})\s*[,.]?$/u;

/** "Cyprus's Minister of Health" → "Minister of Health of Cyprus": the country said first. */
const COUNTRY_FIRST =
  /^(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s\s+((?:Deputy\s+)?Minister\s+(?:of|for)\s+\p{Lu}[\p{L}-]*(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}-]*){0,4})\s*[,.]?$/u;
const ofCountry = (words: string): string => {
  const m = COUNTRY_FIRST.exec(words);
  return m ? `${m[2]} of ${m[1]}` : words;
};

/**
 * "X, Minister of Health of Cyprus" (or "X, Cyprus's Minister of Health"): the role is at the country's ministry ("Ministry of Health of
 * Cyprus": the known one, else proposed), titled "Minister of Health". Undefined for other shapes.
 */
export function ministerOf(
  a: AppositiveInput,
  a0: number,
  a1: number,
  isCountry: (name: string) => boolean,
): Affiliation[] | undefined {
  // (the sentence goes on after the post: "…, Minister of Health of Slovenia, at the Berlaymont")
  const words = a.text.slice(a0, a1).split(/,\s+(?=(?:in|at|on|during)\s)/)[0]!;
  const m = MINISTER_OF.exec(ofCountry(words.trim()));
  if (!m || !isCountry(m[3]!.replace(/^Republic\s+of\s+/, ''))) return undefined;
  const title = m[1]!.trim();
  const name = `${title.replace(/^(?:Deputy|Federal|State)\s+/, '').replace(/^Minister/, 'Ministry')} of ${m[2]}${m[3]}`;
  const why = `new organisation: the ministry of the title "${m[0].trim()}"`;
  const portfolio = name.slice(0, name.length - `of ${m[2]}${m[3]}`.length).trim();
  const entity =
    ministryNamed(a.builder, portfolio, m[3]!) ?? namedOrg(a.gaz, a.builder, name, why);
  return [
    affiliation(a, { entity, first: a.p.first, last: a.p.last, start: a0, end: a1 }, title, a1),
  ];
}

/**
 * "the Cyprus Ministry of Health … Minister of Health of the Republic of Cyprus": the ministry the
 * text names with its country's name or adjective before it, when it does.
 */
function ministryNamed(
  builder: DraftBuilder,
  portfolio: string,
  place: string,
): DraftEntity | undefined {
  const country = countryNamed(place);
  if (!country) return undefined;
  const names = new Set(
    [country.name, country.demonym].map((c) => foldedWords(`${c} ${portfolio}`).join(' ')),
  );
  return [...builder.entities.values()].find(
    (e) => e.label === 'Organisation' && names.has(foldedWords(e.name).join(' ')),
  );
}
