import type { Affiliation } from './affiliations.js';
import { countryNamed } from './countries.js';
import type { DraftBuilder } from './draft-builder.js';
import { isTitle } from './job-titles.js';
import { isOrgLike, type Mention, type Mentions } from './mentions.js';
import { lineEnd, lineStart } from './text-lines.js';
import { tokenAt, type Token } from './tokens.js';

/**
 * A Council meeting's participants, by delegation: a heading line "Belgium:" (or "Commission:"),
 * then one "Mr Thibaut DELVAUX   Minister for Social Affairs and Public Health" a line. Each person
 * holds the title after their name at the body the title names ("State Secretary, Ministry of the
 * Interior and Health"), else at the heading's: its organisation, or a country's government.
 */
const HEADING = /^[ \t]*(\p{Lu}[\p{L} .'’-]{1,40}?)[ \t]*:[ \t]*$/gmu;

interface Heading {
  readonly start: number;
  readonly end: number;
  /** The line after the heading. */
  readonly from: number;
  readonly name: string;
}

function headings(text: string): Heading[] {
  return [...text.matchAll(HEADING)].map((m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    return { start, end: start + m[1]!.length, from: lineEnd(text, m.index) + 1, name: m[1]! };
  });
}

export function countryListRoles(
  text: string,
  tokens: readonly Token[],
  people: readonly Mention[],
  mentions: Mentions,
  builder: DraftBuilder,
): Affiliation[] {
  const all = headings(text);
  // (a list: two countries' headings at least)
  if (all.filter((h) => countryNamed(h.name)).length < 2) return [];
  return all.flatMap((h, k) => {
    const until = all[k + 1]?.start ?? text.length;
    const listed = people.filter((p) => p.start >= h.from && p.end <= until);
    if (!listed.length) return [];
    const body = headingBody(text, tokens, h, mentions, builder);
    return body ? listed.flatMap((p) => roleOnLine(text, tokens, p, body, mentions, h)) : [];
  });
}

/** The heading's body: an organisation the text names there, else the country's government. */
function headingBody(
  text: string,
  tokens: readonly Token[],
  h: Heading,
  mentions: Mentions,
  builder: DraftBuilder,
): Mention | undefined {
  const known = mentions.all.find((m) => m.start === h.start && m.end === h.end && isOrgLike(m));
  if (known) return known;
  // ("Commission:" after "the European Commission were represented": the body named before)
  const before = mentions.all.find(
    (m) => m.end <= h.start && isOrgLike(m) && m.entity.name.endsWith(` ${h.name}`),
  );
  if (before) return { ...before, start: h.start, end: h.end };
  const named = countryNamed(h.name)
    ? undefined
    : mentions.orgAt(tokenAt(tokens, h.start), { newOnlyIfTyped: true });
  if (named && named.end === h.end) return named;
  const country = countryNamed(h.name);
  if (!country) return undefined;
  const entity = builder.propose('Organisation', `Government of ${country.name}`, {
    kind: 'INSTITUTION',
    country: country.name,
  });
  if (!entity.checks.length)
    entity.checks.push(`new organisation: the delegation the heading "${h.name}" names`);
  const first = tokenAt(tokens, h.start);
  return { entity, first, last: tokenAt(tokens, h.end), start: h.start, end: h.end };
}

/** "Mr X   State Secretary, Ministry of …": the title after the name, at the body it names. */
function roleOnLine(
  text: string,
  tokens: readonly Token[],
  p: Mention,
  body: Mention,
  mentions: Mentions,
  h: Heading,
): Affiliation[] {
  const end = lineEnd(text, p.end);
  const rest = text.slice(p.end, end);
  const lead = /^(?:[ \t]{2,}|,[ \t]*|[ \t]*[–—-][ \t]*)/.exec(rest);
  if (!lead || lineStart(text, p.start) !== lineStart(text, end)) return [];
  const titleStart = p.end + lead[0].length;
  const org = orgIn(tokens, titleStart, end, mentions);
  const title = text
    .slice(titleStart, org ? org.start : end)
    .replace(/[ \t]*(?:,|\bat(?:[ \t]+the)?|\bof(?:[ \t]+the)?)?[ \t]*$/, '')
    .trim();
  if (!isTitle(title)) return [];
  const at = org ?? body;
  const own = text.slice(lineStart(text, p.start), end).trim();
  const evidence = org
    ? text.slice(p.start, org.end)
    : lineStart(text, p.start) === h.from
      ? text.slice(h.start, end).trimEnd()
      : `${h.name} … ${own}`;
  return [{ person: p, org: at, title, evidence }];
}

/** The first organisation named between two offsets of a line. */
function orgIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: Mentions,
): Mention | undefined {
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i]!.end <= to; i++) {
    if (!tokens[i]!.cap) continue;
    const m =
      mentions.all.find((x) => x.start === tokens[i]!.start && isOrgLike(x)) ??
      mentions.orgAt(i, { newOnlyIfTyped: true });
    if (m && m.end <= to) return m;
  }
  return undefined;
}
