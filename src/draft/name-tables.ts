import type { Affiliation } from './affiliations.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import { hasOrgWord, someCommonName } from './person-cues.js';
import type { Mentions } from './mentions.js';
import type { NameRun } from './name-runs.js';
import { cellsOf, type Cell } from './table-cells.js';
import type { Token } from './tokens.js';

/**
 * A table of people, its columns aligned with spaces or tabs: a header "Name   Beneficiary"
 * (or "Organisation", "Affiliation"; "Role"), then one person a row: "Tomás Quintanilla   UPM".
 * The name column's cells are people's names; each holds the role column's title (when it is one)
 * at the body of the organisation column.
 */
/** The header's name column: "Name", "Full name" (first or not: "Initials⇥Name⇥Organisation"). */
const NAME_HEADER =
  /^(?:(?:Full[ \t]+)?Names?|Members?|Presenters?|Speakers?|Contact(?:[ \t]+persons?)?(?:[ \t]*\(role\))?|Representatives?)$/i;
const NAME_WORD = /\b(?:names?|members?|presenters?|speakers?|contact|representatives?)\b/i;
const ORG_COLUMN =
  /^(?:beneficiary|partner|organi[sz]ation|affiliation|institution|employer|company|start-?up|stakeholder|(?:political[ \t]+)?(?:party|group))$/i;
/**
 * A column whose header says what its cells are (a company, a party): whatever it names is one
 * (but "Independent", "Non-attached", "tbc").
 */
const KIND_COLUMN = /^(?:company|start-?up|(?:political[ \t]+)?(?:party|group))$/i;
const NO_ORG =
  /^(?:Independent|Non-?attached|NI|none|n\/?a|tbc|tbd|[–—-]|self-?employed|freelance|retired|student|unemployed|various|private|individual)$/i;
/** A column of political parties or groups: a member's title is the body's post, not the party's. */
const PARTY_COLUMN = /^(?:political[ \t]+)?(?:party|group)$/i;
const ROLE_COLUMN = /^(?:role|position|post|function|title)$/i;

interface Table {
  readonly header: readonly string[];
  /** The name column's index. */
  readonly nameAt: number;
  readonly rows: readonly (readonly Cell[])[];
}

export function nameTables(text: string): Table[] {
  const tables: Table[] = [];
  let at = 0;
  let current: { header: string[]; nameAt: number; rows: Cell[][] } | undefined;
  for (const line of text.split('\n')) {
    // (a header holds the word "name": most lines are not split into cells at all)
    const header = NAME_WORD.test(line) ? cellsOf(line, at).map((c) => c.text) : [];
    const nameAt = header.findIndex((h) => NAME_HEADER.test(h));
    if (nameAt >= 0 && header.length >= 2) current = { header, nameAt, rows: [] };
    else if (current && line.trim()) current.rows.push(cellsOf(line, at));
    else if (current) {
      if (current.rows.length) tables.push(current);
      current = undefined;
    }
    at += line.length + 1;
  }
  if (current?.rows.length) tables.push(current);
  return tables;
}

/** Runs that open a row of a table of people are people's names. */
export function inNameColumn(text: string, runs: readonly NameRun[], why: (string | undefined)[]) {
  // (a table of people: one with a column of their organisations; not of products or fields)
  const cells = nameTables(text)
    .filter((t) => t.header.some((h) => ORG_COLUMN.test(h)))
    .flatMap((t) => t.rows.map((r) => r[t.nameAt]))
    .filter((c): c is Cell => c !== undefined);
  // (the cell's start, or after its titles: "Dr hab. Jakub Nowakowski")
  const starts = new Set(
    cells.flatMap((c) => {
      const titles = /^(?:(?:Dr|Prof|Mr|Ms|Mrs|hab|Ing|Mgr|PhD)\.?[ \t]+)+/i.exec(c.text)?.[0];
      return titles ? [c.start, c.start + titles.length] : [c.start];
    }),
  );
  runs.forEach((r, k) => {
    const name = r.text.includes(' ') && !someCommonName(r.text) && !hasOrgWord(r.text);
    if (!why[k] && starts.has(r.start) && name) why[k] = 'in a table’s name column';
  });
}

export function nameTableRoles(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  return nameTables(text).flatMap((t) => {
    const orgAt = t.header.findIndex((h) => ORG_COLUMN.test(h));
    const roleAt = t.header.findIndex((h) => ROLE_COLUMN.test(h));
    if (orgAt < 0 || orgAt === t.nameAt) return [];
    return t.rows.flatMap((row) => {
      const [name, cell] = [row[t.nameAt], row[orgAt]];
      // (the cell's person, after a title maybe: "Dr hab. Jakub Nowakowski")
      const person =
        name && mentions.people.find((p) => p.start >= name.start && p.end <= name.end);
      if (!person || !cell) return [];
      const kind = KIND_COLUMN.test(t.header[orgAt]!);
      if (kind && NO_ORG.test(cell.text)) return [];
      const org = mentions.orgFrom(cell.start, kind ? {} : { newOnlyIfTyped: true });
      if (!org || org.start !== cell.start) return [];
      // (the role column's, or the name cell's after the name: "Dr. Pieter van Houten, CEO")
      const party = PARTY_COLUMN.test(t.header[orgAt]!);
      const title =
        (roleAt > 0 ? row[roleAt]?.text : undefined) ??
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
      const last = row.at(-1)!;
      return [
        {
          person,
          org,
          ...(title && isTitle(title) && !MEETING_PART.test(title) ? { title } : {}),
          evidence: text.slice(row[0]!.start, last.end),
        },
      ];
    });
  });
}
