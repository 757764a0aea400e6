import type { Affiliation } from './affiliations.js';
import type { DraftBuilder } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention, Mentions } from './mentions.js';
import type { Token } from './tokens.js';
import { appositiveEnd } from './appositive-end.js';
import { affiliation, implied, ministerOf, titleThenBrackets } from './implied-roles.js';
import { hasLegalForm } from './legal-forms.js';
import { fieldWords } from './portfolios.js';
import { cleanTitle, isTitle } from './job-titles.js';
import { tokenAt } from './tokens.js';
import { COUNTRIES, ORG_HEADS, ROLE_WORDS } from './vocabulary.js';

export interface AppositiveInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly p: Mention;
  /** Where the evidence starts (a title before the name). */
  readonly from: number;
  readonly mentions: Mentions;
  readonly builder: DraftBuilder;
  readonly gaz: Gazetteer;
  /** Where the appositive starts, when not after ", " ("X – Director, Org"). */
  readonly at?: number;
  /** Where it ends at the latest ("… | Professor, Université de Liège": a part of a line). */
  readonly until?: number;
}

const LEADING = /^(?:['’]s\b|['’](?=\s))?[\s,]*/;
const NESTED = /^["”’]?\s*(?:at|of|in|,)\s*(?:the\s+)?$/;
/** Research groups named in an academic title ("director of the In Silico Medicine Lab at X"). */
const ACADEMIC_UNIT = /\b(?:Lab|Labs|Laboratory|Group|Team|Chair)$/;

/**
 * "X, <title> at <Org> and <title> of <Org2>, said": one role per organisation; a new unit named
 * inside a title ("director of the In Silico Lab at UNIBO") stays in the title, a known one is the
 * role's organisation, PART_OF the next; "Org's <title>", "the company's <title>" (the last
 * organisation named), "Commissioner for …" (the European Commission).
 */
export function appositive(a: AppositiveInput): Affiliation[] {
  const { text, p } = a;
  const a0 = a.at ?? p.end + 2;
  const nextPerson = a.mentions.people.find((m) => m.start > p.end && m.entity !== p.entity);
  const a1 = Math.min(appositiveEnd(text, a0), nextPerson?.start ?? Infinity, a.until ?? Infinity);
  const minister = ministerOf(a, a0, a1, (c) => COUNTRIES.has(c.toLowerCase()));
  if (minister) return minister;
  const orgs = orgsIn(a, a0, a1);
  if (!orgs.length) return implied(a, a0, a1);
  const bracketed = titleThenBrackets(a, a0, orgs[0]!);
  if (bracketed) return bracketed;
  const out: Affiliation[] = [];
  let from = a0;
  for (const chain of chains(text, orgs)) {
    const next = orgs[orgs.indexOf(chain.at(-1)!) + 1];
    const stop = next?.start ?? a1;
    const first = chain[0]!;
    const inTitle =
      chain.length > 1 &&
      !first.entity.known &&
      ACADEMIC_UNIT.test(first.entity.name) &&
      /\bof\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+)?$/u.test(text.slice(from, first.start));
    if (inTitle) a.builder.drop(first.entity); // a unit named in the title: the role is the next one's
    const roles = inTitle ? chain.slice(1) : chain;
    for (let k = 0; k + 1 < roles.length; k++) {
      const rel = a.builder.relate(roles[k]!.entity, 'PART_OF', roles[k + 1]!.entity);
      if (rel && !rel.props.evidence)
        rel.props.evidence = text.slice(
          Math.min(roles[k]!.start, roles[k + 1]!.start),
          Math.max(roles[k]!.end, roles[k + 1]!.end),
        );
    }
    const last = chain.at(-1)!;
    // "Head of the Commission's Task Force": the chain was [Task Force, Commission]
    const possessive = chain.length > 1 && last.start < chain[0]!.start;
    const start = Math.min(...roles.map((o) => o.start));
    const end = Math.max(...chain.map((o) => o.end));
    const after =
      !possessive &&
      (/^['’]s\s/.test(text.slice(last.end, last.end + 3)) || first.start <= from + 1);
    const raw = after
      ? text.slice(last.end, stop).replace(LEADING, '')
      : text
          .slice(from, start)
          .replace(/^\s*(?:and|,)\s+/, '')
          .replace(/\s*["“‘]$/, ''); // ('Head of Unit "AI in Health …"': the unit's name quoted)
    const title = cleanTitle(raw, text.slice(roles[0]!.start, roles[0]!.end), /\bof\s*$/.test(raw));
    out.push(affiliation(a, roles[0]!, title, after ? stop : end));
    from = after ? stop : end;
  }
  return out;
}

/** Organisations in runs joined by "at", "of", "in" or a comma: one role's organisation and parents. */
function chains(text: string, orgs: readonly Mention[]): Mention[][] {
  const out: Mention[][] = [];
  for (const o of orgs) {
    const chain = out.at(-1);
    const prev = chain?.at(-1);
    const between = chain && prev ? text.slice(prev.end, o.start) : undefined;
    if (between !== undefined && NESTED.test(between)) chain!.push(o);
    else if (between !== undefined && /^['’]s\s+$/.test(between) && chain!.length === 1)
      chain!.unshift(o); // "the Commission's Task Force": the Task Force, part of the Commission
    else out.push([o]);
  }
  return out;
}

function orgsIn(a: AppositiveInput, a0: number, a1: number): Mention[] {
  const orgs: Mention[] = [];
  for (let t = tokenAt(a.tokens, a0); t < a.tokens.length && a.tokens[t]!.start < a1; t++) {
    const before = a.text.slice(Math.max(a0, a.tokens[t]!.start - 8), a.tokens[t]!.start);
    // ("X, MEP (Renew Europe, Sweden)": a name in brackets after a title, not after an
    // organisation's name, is its organisation)
    const slot =
      /\b(?:at|from|with)\s+(?:the\s+)?$/.test(before) ||
      (!orgs.length && /\($/.test(before) && groupAndCountry(a.text, a.tokens[t]!.start));
    // "…, Brussels correspondent, Nordic Health Policy Review", "editor-in-chief of Santé
    // Numérique Europe": a name that ends the appositive right after a title is its organisation
    const skip = portfolioEnd(a, t, a1);
    if (skip !== undefined) {
      t = skip - 1;
      continue;
    }
    // ("…, Minister of Social Affairs and Public Health", "Head of Data Analytics and Methods": a
    // title's fields to the appositive's end name no new organisation)
    const fields =
      /\sof\s+$/.test(before) && fieldWords(a.text.slice(a.tokens[t]!.start, a1).trim());
    const last = !slot && !fields && titleJustBefore(a.text.slice(a0, a.tokens[t]!.start));
    const org = a.mentions.orgAt(t, {
      newOnlyIfTyped: !slot,
      ...(last ? { untypedIfEndingAt: a1 } : {}),
    });
    if (!org || org.end > a1) continue;
    orgs.push(org);
    t = org.last - 1;
  }
  return orgs;
}

/**
 * "Vice-President Clinical Solutions, Materialise": capitalised words right after a job title,
 * with an organisation's slot still to come after a comma, are the title's portfolio. The token
 * where that slot starts, or undefined (a name the draft already has is never skipped).
 */
function portfolioEnd(a: AppositiveInput, t: number, a1: number): number | undefined {
  const prev = a.tokens[t - 1];
  const tok = a.tokens[t]!;
  if (!prev || !ROLE_WORDS.has(prev.fold) || a.text.slice(prev.end, tok.start) !== ' ') return;
  if (!tok.cap || a.mentions.all.some((m) => m.first === t)) return;
  const comma = /^[^,;]*?,\s+(?=\p{Lu})/u.exec(a.text.slice(tok.start, a1));
  if (!comma) return;
  // ("Director Digital Health at Siemens Healthineers, Erlangen": the organisation is inside)
  const span = comma[0];
  const to = tok.start + span.length;
  if (/\s(?:at|of|with|for|from|in)\s/.test(span)) return;
  if (a.mentions.all.some((m) => m.start > tok.start && m.start < to)) return;
  const next = tokenAt(a.tokens, tok.start + comma[0].length);
  return next > t ? next : undefined;
}

/** "(Renew Europe, Sweden)": a name, then a country, in the brackets that open at `at`. */
const groupAndCountry = (text: string, at: number): boolean => {
  const inside = /^([^(),]{2,60}),\s*([^(),]{3,40})\)/.exec(text.slice(at, at + 110));
  return inside !== null && COUNTRIES.has(inside[2]!.trim().toLowerCase());
};

/** "Brussels correspondent, " or "editor-in-chief of ": the words before end with a job title. */
function titleJustBefore(said: string): boolean {
  const link = /(?:,|\s+of)\s+(?:the\s+)?$/.exec(said);
  if (!link) return false;
  const segment = said.slice(0, link.index).split(/[,;:]/).at(-1)!.trim();
  const words = segment.split(/\s+/);
  // (not "…, Nordhealth Policy Institute, Stockholm": an organisation, then its city)
  const org = ORG_HEADS.has(words.at(-1)!.toLowerCase()) || hasLegalForm(segment);
  return words.length <= 5 && !org && isTitle(segment);
}
