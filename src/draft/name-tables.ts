import { isTitle } from './job-titles.js';
import { hasOrgWord, someCommonName } from './person-cues.js';
import type { NameRun } from './name-runs.js';
import { cellsOf, CELL_TITLES, tabCells, type Cell } from './table-cells.js';
import { linesOf } from './text-lines.js';
import { COLUMN, columnAt, NAME_WORD } from './table-columns.js';
import { mergedHeader, mergedRow, splitNameColumns } from './split-names.js';
import { headerlessTables } from './headerless-tables.js';

/**
 * A table of people, its columns aligned with spaces or tabs: a header "Name   Beneficiary"
 * (or "Organisation", "Affiliation"; "Role"), then one person a row: "Tomás Quintanilla   UPM".
 * The name column's cells are people's names; each holds the role column's title (when it is one)
 * at the body of the organisation column.
 */
export interface Table {
  /** Where the header's line starts. */
  readonly at: number;
  readonly header: readonly string[];
  /** The name column's index. */
  readonly nameAt: number;
  readonly rows: readonly (readonly Cell[])[];
  /** Its names were split into surname and first-name columns (read as one cell, "First Surname"). */
  readonly split?: readonly [number, number];
  /** Rows of a name and a post with no header over them (`headerless-tables.ts`). */
  readonly headerless?: boolean;
}

/** The last text's tables: the people, the roles and the seats ask for the same text's. */
let last: { readonly text: string; readonly tables: readonly Table[] } | undefined;

export function nameTables(text: string): readonly Table[] {
  if (last?.text !== text) last = { text, tables: tablesOf(text) };
  return last.tables;
}

function tablesOf(text: string): Table[] {
  const tables: Table[] = [];
  let current:
    | {
        at: number;
        header: string[];
        nameAt: number;
        rows: Cell[][];
        /** Its header's cells are tab-separated: a row's empty cells count. */
        tabbed: boolean;
        split?: readonly [number, number];
      }
    | undefined;
  for (const { start: at, text: line } of linesOf(text)) {
    // (a header holds the word "name": most lines are not split into cells at all; in a table, a
    // line is its row, "Luca Ferraresi⇥…⇥Member" no new header)
    const cells = !current && NAME_WORD.test(line) ? cellsOf(line, at).map((c) => c.text) : [];
    // ("No.⇥Surname⇥First name⇥Media": the two name columns read as one)
    const split = splitNameColumns(cells);
    const header = split ? mergedHeader(cells, split) : cells;
    const nameAt = columnAt(header, 'name');
    if (nameAt >= 0 && header.length >= 2)
      current = {
        at,
        header,
        nameAt,
        rows: [],
        tabbed: line.includes('\t') && !/[^\t] {2,}\S/.test(line.trim()),
        ...(split ? { split } : {}),
      };
    else if (current?.split && line.trim()) {
      const row = mergedRow(cellsOf(line, at), current.split);
      if (row) current.rows.push(row);
    } else if (current && line.trim())
      current.rows.push(current.tabbed ? tabCells(line, at) : cellsOf(line, at));
    else if (current) {
      if (current.rows.length) tables.push(current);
      current = undefined;
    }
  }
  if (current?.rows.length) tables.push(current);
  const inTable = (at: number) => tables.some((t) => t.at <= at && at <= t.rows.at(-1)![0]!.start);
  const bare = headerlessTables(text)
    .filter((t) => !inTable(t.at))
    .map((t) => ({ ...t, header: ['Name', 'Position'], nameAt: 0, headerless: true }));
  return [...tables, ...bare];
}

/** Runs that open a row of a table of people are people's names. */
export function inNameColumn(text: string, runs: readonly NameRun[], why: (string | undefined)[]) {
  // (a table of people: one with a column of their organisations or of their posts, or whose name
  // column can hold nobody else, "Author"; not of products or fields)
  const cells = nameTables(text)
    .filter(
      (t) =>
        columnAt(t.header, 'organisation') >= 0 ||
        postsIn(t) ||
        t.headerless ||
        COLUMN.person.test(t.header[t.nameAt]!),
    )
    .flatMap((t) => t.rows.map((r) => r[t.nameAt]))
    .filter((c): c is Cell => c !== undefined);
  // (the cell's start, or after its titles: "Dr hab. Jakub Nowakowski")
  const starts = new Set(
    cells.flatMap((c) => {
      const titles = CELL_TITLES.exec(c.text)?.[0];
      return titles ? [c.start, c.start + titles.length] : [c.start];
    }),
  );
  runs.forEach((r, k) => {
    // (not a device's name in a call's export, "iPhone de Tomás")
    const name =
      r.text.includes(' ') &&
      /^\p{Lu}/u.test(r.text) &&
      !someCommonName(r.text) &&
      !hasOrgWord(r.text);
    if (!why[k] && starts.has(r.start) && name) why[k] = 'in a table’s name column';
  });
}

/** A column of posts whose every cell is one: "Name⇥Position" over "Róisín Daly⇥Head of …". */
function postsIn(t: Table): boolean {
  const post = columnAt(t.header, 'post');
  return post >= 0 && t.rows.every((r) => isTitle(r[post]?.text.split(/\s*\(/)[0] ?? ''));
}
