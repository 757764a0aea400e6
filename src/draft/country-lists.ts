import type { Affiliation } from './affiliations.js';
import { countryNamed } from './countries.js';
import type { DraftBuilder } from './draft-builder.js';
import { isTitle } from './job-titles.js';
import { isOrgLike, type Mention, type Mentions } from './mentions.js';
import { lineEnd, lineStart } from './text-lines.js';
import { tokenAt, type Token } from './tokens.js';
import { TITLES_ONLY } from './vocabulary.js';

/**
 * A Council meeting's participants, by delegation: the page says who "were represented" (or lists
 * participants, delegations), then a heading line "Belgium:" (or "Commission:"), then one
 * "Mr Thibaut DELVAUX   Minister for Social Affairs and Public Health" a line, the post in its
 * column. Each person holds the post at the body it names ("State Secretary, Ministry of the
 * Interior and Health"), else at the heading's: its organisation, or a country's government.
 */
const HEADING = /^[ \t]*(\p{Lu}[\p{L} .'’-]{1,40}?)[ \t]*:[ \t]*$/gmu;
const DELEGATIONS = /\b(?:were represented|participants|delegations?|attendance)\b/i;
const DELEGATIONS_LINE = /^[^\n]*\b(?:were represented|participants|delegations?)\b[^\n]*$/gim;
/** The post's column: two spaces or more, or a tab, after the name. */
const COLUMN = /^(?:[ \t]{2,}|\t)/;
/** "Adviser to the Minister, seconded from X": the body after such words is not the post's. */
const NOT_THE_POSTS = /\b(?:from|by|with|to|for|and|alongside)[ \t]*$/;

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
  // (a list: two countries' headings at least, under words that say it lists delegations)
  const countries = all.filter((h) => countryNamed(h.name));
  if (countries.length < 2 || !DELEGATIONS.test(text.slice(0, countries[0]!.start))) return [];
  // (the line that says so: "The Governments of the Member States and the European Commission
  // were represented as follows:")
  const said = [...text.slice(0, countries[0]!.start).matchAll(DELEGATIONS_LINE)].at(-1);
  const intro = said ? { start: said.index, end: said.index + said[0].length } : undefined;
  return all.flatMap((h, k) => {
    const until = all[k + 1]?.start ?? text.length;
    const listed = people.filter((p) => p.start >= h.from && p.end <= until);
    const posts = listed.flatMap((p) => postOnLine(text, tokens, p, mentions));
    if (!posts.length) return [];
    const body = headingBody(text, tokens, h, mentions, builder, intro);
    return posts.flatMap((post) => {
      const at = post.org ?? body;
      if (!at) return [];
      const { person, title } = post;
      return [{ person, org: at, title, evidence: evidenceOf(text, post, h) }];
    });
  });
}

/** The heading's body: an organisation the text names there, else the country's government. */
function headingBody(
  text: string,
  tokens: readonly Token[],
  h: Heading,
  mentions: Mentions,
  builder: DraftBuilder,
  intro: { start: number; end: number } | undefined,
): Mention | undefined {
  const known = mentions.all.find((m) => m.start === h.start && m.end === h.end && isOrgLike(m));
  if (known) return known;
  // ("Commission:" after "the European Commission were represented": the body the list's
  // introduction names)
  const before = mentions.all.find(
    (m) =>
      intro !== undefined &&
      m.start >= intro.start &&
      m.end <= intro.end &&
      isOrgLike(m) &&
      m.entity.name.endsWith(` ${h.name}`),
  );
  if (before) return { ...before, start: h.start, end: h.end };
  const country = countryNamed(h.name);
  if (!country) {
    const named = mentions.orgAt(tokenAt(tokens, h.start), { newOnlyIfTyped: true });
    return named && named.end === h.end ? named : undefined;
  }
  const entity = builder.propose('Organisation', `Government of ${country.name}`, {
    kind: 'INSTITUTION',
    country: country.name,
  });
  if (!entity.checks.length)
    entity.checks.push(`new organisation: the delegation the heading "${h.name}" names`);
  const first = tokenAt(tokens, h.start);
  return { entity, first, last: tokenAt(tokens, h.end), start: h.start, end: h.end };
}

interface Post {
  readonly person: Mention;
  readonly title: string;
  readonly org?: Mention;
  readonly end: number;
}

/** "Mr X   State Secretary, Ministry of …": the post in the name's column, at the body it names. */
function postOnLine(
  text: string,
  tokens: readonly Token[],
  p: Mention,
  mentions: Mentions,
): Post[] {
  const from = lineStart(text, p.start);
  const end = lineEnd(text, p.end);
  const lead = COLUMN.exec(text.slice(p.end, end));
  if (!lead || !TITLES_ONLY.test(text.slice(from, p.start))) return [];
  const titleStart = p.end + lead[0].length;
  const named = orgIn(tokens, titleStart, end, mentions);
  const before = named ? text.slice(titleStart, named.start) : '';
  // (the post's own body: "…, Ministry of X", "… at the Department of Health")
  const own = named && !NOT_THE_POSTS.test(before.replace(/[ \t]*(?:,|the)?[ \t]*$/, ''));
  const title = text
    .slice(titleStart, own ? named.start : end)
    .replace(/[ \t]*(?:,|\bat(?:[ \t]+the)?|\bof(?:[ \t]+the)?)?[ \t]*$/, '')
    .trim();
  if (!isTitle(title) || /[.;:]/.test(title)) return [];
  return [{ person: p, title, ...(own ? { org: named } : {}), end: own ? named.end : end }];
}

function evidenceOf(text: string, post: Post, h: Heading): string {
  if (post.org) return text.slice(post.person.start, post.end);
  const own = text.slice(lineStart(text, post.person.start), post.end).trim();
  return lineStart(text, post.person.start) === h.from
    ? text.slice(h.start, post.end).trimEnd()
    : `${h.name} … ${own}`;
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
    const m = mentions.orgFrom(tokens[i]!.start, { newOnlyIfTyped: true });
    if (m && m.end <= to) return m;
  }
  return undefined;
}
