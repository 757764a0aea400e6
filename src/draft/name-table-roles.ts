/**
 * The affiliations a table of people states (`name-tables.ts` reads the tables): each row's person
 * holds the role column's title at the organisation column's body, or the posts at bodies a cell
 * lists ("Consultant Neurologist, St Columba's University Hospital; Professor …, University of Galway").
 */
import type { Affiliation } from './affiliations.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import { isLegalForm } from './legal-forms.js';
import { ORG_CONNECTORS } from './vocabulary.js';
import { hasOrgWord, isPlainWord } from './person-cues.js';
import { isOrgLike, type Mention, type Mentions } from './mentions.js';
import type { Cell } from './table-cells.js';
import { lineAbove } from './text-lines.js';
import { columnAt, NO_ORG, says } from './table-columns.js';
import type { Token } from './tokens.js';
import { fieldWords } from './portfolios.js';
import { nameTables } from './name-tables.js';

const MEDIA_KIND =
  /^(?:TV|Radio|Online|Print|Press|Photo|Video|Web|Agency|Wire|Social media|Yes|No)$/i;

/** A board's or a council's heading over the table: its posts are the list's body's. */
const BOARD_HEADING = /\b(?:board|council|committee|bureau|executive|officers|presidium)\b/i;
/** A post held no more: "Scientific Director (until March 2025)", "Research Director (former)". */
const PAST_POST =
  /\((?:[^()]*\b(?:until|former|formerly|previous|ex|retired)\b[^()]*|[^()]*\b(?:19|20)\d\d\b[^()]*)\)$/i;

export function nameTableRoles(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  publisher?: Mention,
): Affiliation[] {
  return nameTables(text).flatMap((t) => {
    // (an accreditation list's media column: its outlets are the bodies, "Deutsche Welle")
    const bodyAt = columnAt(t.header, 'organisation');
    const outletAt = t.split && bodyAt < 0 ? columnAt(t.header, 'outlet') : -1;
    const orgAt = outletAt >= 0 ? outletAt : bodyAt;
    // (a board's table: "ELECTED BOARD ⏎ Position⇥Name⇥Member organisation")
    const board = BOARD_HEADING.test(lineAbove(text, t.at).text);
    const roleAt = columnAt(t.header, board ? 'post' : 'role');
    // (the cell's person, after a title maybe: "Dr hab. Jakub Nowakowski")
    const personOf = (name: Cell | undefined) =>
      name && mentions.people.find((p) => p.start >= name.start && p.end <= name.end);
    // (no body's column: a role's cell may name the body, "Head of Interoperability, SPMS")
    if (orgAt < 0 && roleAt >= 0 && roleAt !== t.nameAt)
      return t.rows.flatMap((row) => {
        const [person, cell] = [personOf(row[t.nameAt]), row[roleAt]];
        // (a body the text names already: not "Speaker, Opening Session", "Director, Public Health")
        return person && cell ? postsAtBodies(text, cell, mentions, person, row, true) : [];
      });
    if (orgAt < 0 || orgAt === t.nameAt) return [];
    return t.rows.flatMap((row) => {
      const [name, cell] = [row[t.nameAt], row[orgAt]];
      const person = personOf(name);
      if (!name || !person || !cell) return [];
      const kind = says(t.header[orgAt]!, 'kind');
      const bodiesColumn = orgAt === outletAt || says(t.header[orgAt]!, 'bodies');
      // ("Biostatistician, Insight Centre for Data Analytics": a post, then its body)
      const posts = bodiesColumn ? postsAtBodies(text, cell, mentions, person, row) : [];
      if (posts.length) return posts;
      const bodies = bodiesColumn && namesBody(cell.text);
      if ((kind || bodies) && (NO_ORG.test(cell.text) || endsPlain(cell.text))) return [];
      // (a media list's kind of media, "TV", "Radio", "Online": no outlet)
      if (orgAt === outletAt && MEDIA_KIND.test(cell.text)) return [];
      const first = mentions.orgFrom(cell.start, kind || bodies ? {} : { newOnlyIfTyped: true });
      if (!first || first.start !== cell.start) return [];
      const org = innerBody(text, first, cell, mentions);
      // (the role column's, or the name cell's after the name: "Dr. Pieter van Houten, CEO")
      const party = says(t.header[orgAt]!, 'party');
      const role = roleAt > 0 || (board && roleAt === 0) ? row[roleAt]?.text : undefined;
      const title =
        (role && !PAST_POST.test(role) ? role.replace(/\s*\([^()]*\)$/, '') : undefined) ??
        (party
          ? undefined
          : // (a bracket's title only in a column that says it holds roles: "Contact (role)"; "Ana
            // Costa (Chair)" on a committee's table is her seat there, no post at her institution)
            (/\(role\)|contact/i.test(t.header[t.nameAt]!)
              ? /^(?:,[ \t]*([^,]+)|[ \t]*\(([^()]+)\))$/
              : /^,[ \t]*([^,]+)$/
            )
              .exec(text.slice(person.end, name.end))
              ?.slice(1)
              .find(Boolean));
      const evidence = text.slice(row[0]!.start, row.at(-1)!.end);
      const post = title && isTitle(title) && !MEETING_PART.test(title) ? { title } : {};
      if (!board) return [{ person, org, ...post, evidence }];
      const seat = publisher && publisher.entity !== org.entity ? [publisher] : [];
      return [
        { person, org, evidence },
        ...seat.map((b) => ({ person, org: b, ...post, evidence })),
      ];
    });
  });
}

/**
 * "European Commission - DG CNECT": a body, a dash, its department; the department is where the
 * person is (not "Charité - Universitätsmedizin Berlin": one name).
 */
const innerBody = (text: string, org: Mention, cell: Cell, mentions: Mentions): Mention =>
  mentions.all.find(
    (m) =>
      isOrgLike(m) &&
      DEPARTMENT.test(text.slice(m.start, m.end)) &&
      m.start > org.end &&
      m.end <= cell.end &&
      /^[ \t]+[-–—][ \t]+$/.test(text.slice(org.end, m.start)),
  ) ?? org;

const DEPARTMENT = /^(?:DG\b|Directorate|Unit\b|Department|Dept\b|Division)/;

/** "Forum secretariat": a cell's name part ends in a word in small letters (not "ry", "e.V."). */
const endsPlain = (cell: string): boolean => {
  const words = cell.split(/[ \t]*(?:[,(;/]|[ \t][–—-][ \t])/)[0]!.split(/[ \t]+/);
  const [before, last] = [words.at(-2) ?? '', words.at(-1)!];
  // ("Haute Autorité de santé", "Agence du numérique en santé": small words after a connector)
  return /^\p{Ll}+$/u.test(last) && !isLegalForm(last) && !ORG_CONNECTORS.has(before);
};

/** A cell that names a body: not all plain words nor a post ("Private practice", "Independent expert"). */
const namesBody = (cell: string): boolean => {
  // (a note in brackets aside: "Solicitor (non-practising)")
  const first = cell.split(/,\s*/)[0]!.replace(/\s*\([^()]*\)$/, '');
  // (nor a portfolio's fields, a "Ministry" column's "Health")
  return !first.split(/[\s-]+/).every(isPlainWord) && !isTitle(first) && !fieldWords(first);
};

const JOB = /^(?:\p{Lu}[\p{Ll}-]*[ \t]+){0,3}\p{L}[\p{Ll}-]*(?:ian|ist|er|or|ant|ent|ate|ee)$/u;

/**
 * An affiliation cell of posts at bodies: "Consultant Neurologist, St Columba's University Hospital;
 * Professor of Clinical Neuroscience, University of Galway". Each part a post, a comma, its body.
 */
function postsAtBodies(
  text: string,
  cell: Cell,
  mentions: Mentions,
  person: Mention,
  row: readonly Cell[],
  namedOnly = false,
): Affiliation[] {
  const evidence = text.slice(row[0]!.start, row.at(-1)!.end);
  const out: Affiliation[] = [];
  let at = cell.start;
  for (const part of cell.text.split(';')) {
    const post = /^\s*([^,]+),[ \t]*/.exec(part);
    const title = post?.[1]!.trim() ?? '';
    const from = at + (post?.[0].length ?? 0);
    // (a post's words: a title, or a job's, "Biostatistician", "Senior Clinical Pharmacist"; not a
    // body's name, "Charité, Institute of Medical Informatics")
    const job = isTitle(title) || (!hasOrgWord(title) && JOB.test(title));
    const named = () => mentions.all.find((m) => m.start === from && isOrgLike(m));
    const org = post && job ? (namedOnly ? named() : mentions.orgFrom(from)) : undefined;
    if (org && org.start === from) out.push({ person, org, title, evidence });
    at += part.length + 1;
  }
  return out;
}
