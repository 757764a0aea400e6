import type { DraftBuilder } from './draft-builder.js';
import type { Mention, Mentions } from './mentions.js';
import type { Token } from './tokens.js';
import { REPORTING_VERBS, ROLE_WORDS } from './vocabulary.js';

/** A person's role at an organisation, as the text states it. */
export interface Affiliation {
  readonly person: Mention;
  readonly org: Mention;
  readonly title?: string;
  readonly evidence: string;
}

const TRAILING = /(?:[\s,]+(?:of|at|for|from|in|with|the|and|'s|’s))+[\s,]*$|[\s,]+$/i;
const LEADING = /^(?:['’]s\b)?[\s,]*/;
const GENERIC_UNIT = /^(?:Unit|Sector|Department|Division|Cabinet|Directorate)$/;

/**
 * HOLDS_ROLE (and PART_OF between nested organisations) from the words after each person:
 * "X, Director of the AI Office at DG CONNECT", "Professor X from Y", "X of Y", "X (Y and Z)";
 * "X and Y (Z)" gives Y's organisation to X too.
 */
export function findAffiliations(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  builder: DraftBuilder,
): Affiliation[] {
  const people = mentions.people;
  const found: (Affiliation[] | undefined)[] = people.map((p) =>
    affiliationsOf(text, tokens, p, mentions, builder),
  );
  for (let k = people.length - 2; k >= 0; k--) {
    if (found[k]?.length || !found[k + 1]?.length) continue;
    if (/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(people[k]!.end, people[k + 1]!.start))) {
      found[k] = found[k + 1]!.map((a) => ({
        ...a,
        person: people[k]!,
        evidence: text.slice(people[k]!.start, a.org.end),
      }));
    }
  }
  return found.flatMap((list) => list ?? []);
}

function affiliationsOf(
  text: string,
  tokens: readonly Token[],
  p: Mention,
  mentions: Mentions,
  builder: DraftBuilder,
): Affiliation[] {
  const from = p.title ? tokens[p.first - 1]!.start : p.start; // "Professor X from Y"
  const after = text.slice(p.end, p.end + 300);
  const next = tokenAfter(tokens, p.last, p.end);
  const link = /^\s+(?:from|of|at)\s+(?:the\s+)?/.exec(after);
  if (link) {
    const org = mentions.orgAt(tokenAt(tokens, p.end + link[0].length));
    return org
      ? [
          {
            person: p,
            org,
            ...(p.title ? { title: p.title } : {}),
            evidence: text.slice(from, org.end),
          },
        ]
      : [];
  }
  const paren = /^\s*\(([^)]{2,160})\)/.exec(after);
  if (paren) {
    const open = p.end + after.indexOf('(') + 1;
    const orgs = splitList(paren[1]!).map((part) =>
      mentions.orgAt(tokenAt(tokens, open + part.at)),
    );
    return orgs.flatMap((org) =>
      org ? [{ person: p, org, evidence: text.slice(from, p.end + paren[0].length) }] : [],
    );
  }
  if (/^,\s/.test(after) && next !== undefined)
    return appositive(text, tokens, p, from, mentions, builder);
  return [];
}

/** "X, <title> of <Org> at <Parent>, said": the first organisation is the role's, nested ones PART_OF. */
function appositive(
  text: string,
  tokens: readonly Token[],
  p: Mention,
  from: number,
  mentions: Mentions,
  builder: DraftBuilder,
): Affiliation[] {
  const a0 = p.end + 2;
  const a1 = appositiveEnd(text, a0);
  const orgs: Mention[] = [];
  for (let t = tokenAt(tokens, a0); t < tokens.length && tokens[t]!.start < a1; t++) {
    const before = text.slice(Math.max(a0, tokens[t]!.start - 8), tokens[t]!.start);
    const slot = /\b(?:at|from|with)\s+(?:the\s+)?$/.test(before);
    const org = mentions.orgAt(t, { newOnlyIfTyped: !slot });
    if (!org || org.end > a1) continue;
    orgs.push(org);
    t = org.last - 1;
  }
  const org = orgs[0];
  if (!org) return [];
  for (let k = 0; k + 1 < orgs.length; k++) {
    if (/^\s*(?:at|of|in|,)\s*(?:the\s+)?$/.test(text.slice(orgs[k]!.end, orgs[k + 1]!.start))) {
      const rel = builder.relate(orgs[k]!.entity, 'PART_OF', orgs[k + 1]!.entity);
      if (rel && !rel.props.evidence)
        rel.props.evidence = text.slice(orgs[k]!.start, orgs[k + 1]!.end);
    }
  }
  const title = titleAround(text, a0, org, orgs[1]?.start ?? a1);
  return [
    {
      person: p,
      org,
      ...(title ? { title } : {}),
      evidence: text.slice(from, Math.max(org.end, orgs[1]?.end ?? 0)),
    },
  ];
}

function titleAround(text: string, a0: number, org: Mention, stop: number): string | undefined {
  let title =
    org.start <= a0 + 1
      ? text.slice(org.end, stop).replace(LEADING, '')
      : text.slice(a0, org.start);
  title = title.replace(TRAILING, '').trim();
  const orgFirst = text.slice(org.start, org.end).split(/\s/)[0]!;
  if (/\bof$/.test(text.slice(a0, org.start).trim()) && GENERIC_UNIT.test(orgFirst))
    title = `${title} of ${orgFirst}`;
  return isTitle(title) ? title : undefined;
}

/** Where "X, <appositive>, said" ends: before a verb of saying, "who", a full stop or a semicolon. */
function appositiveEnd(text: string, a0: number): number {
  const rest = text.slice(a0, a0 + 300);
  const stops = [/[.;:!?](?:\s|$)|\n/.exec(rest)?.index ?? rest.length];
  for (const m of rest.matchAll(/,\s+(?:and\s+)?(\p{L}+)/gu)) {
    if (REPORTING_VERBS.has(m[1]!.toLowerCase()) || m[1] === 'who') {
      stops.push(m.index);
      break;
    }
  }
  return a0 + Math.min(...stops);
}

function splitList(inner: string): { at: number }[] {
  const parts: { at: number }[] = [{ at: 0 }];
  for (const m of inner.matchAll(/\s+and\s+|,\s*/g)) parts.push({ at: m.index + m[0].length });
  return parts;
}

/** The index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const tokenAfter = (tokens: readonly Token[], last: number, end: number): number | undefined =>
  tokens[last] && tokens[last]!.start >= end ? last : undefined;

/** A job title has a role word ("Director", "Head of Unit") and no quotation marks or brackets. */
function isTitle(title: string): boolean {
  if (!title || title.length > 200 || /["“”()[\]]/.test(title)) return false;
  return title.split(/[^\p{L}]+/u).some((w) => ROLE_WORDS.has(w.toLowerCase()));
}
