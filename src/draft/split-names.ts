/**
 * A table whose people are named in two columns, the surname and the first name ("No.⇥Surname⇥
 * First name⇥Media⇥Function", an accreditation or participants list): each row's person is the
 * first name then the surname, read from the two cells as one name cell.
 */
import { someCommonName } from './person-cues.js';
import type { Cell } from './table-cells.js';
import type { PersonRun } from './people.js';
import { tokenAt, type Token } from './tokens.js';

/** What a split table is to its people: rows whose name cell is at `nameAt`. */
interface SplitTable {
  readonly nameAt: number;
  readonly rows: readonly (readonly Cell[])[];
  readonly split?: readonly [number, number];
}

const SURNAME = /^(?:Surname|Last[ \t]+name|Family[ \t]+name|Name)$/i;
const PLACEHOLDER = /^(?:TBC|TBD|TBA|NN|N\.?N\.?|X+|Mustermann|Doe)$/i;
const FIRST_NAME = /^(?:First[ \t]+names?|Given[ \t]+names?|Forenames?)$/i;
/** A cell that is a name's part: capitalised words ("O'Sullivan", "van der Berg", "BAUER"). */
const NAME_PART =
  /^(?:(?:van|von|de|der|den|da|di|du|del|la|le)[ \t]+)*\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)*$/u;

/** The surname's and the first name's columns, side by side, of a header; else undefined. */
export function splitNameColumns(header: readonly string[]): readonly [number, number] | undefined {
  const surname = header.findIndex((h) => SURNAME.test(h));
  const first = header.findIndex((h) => FIRST_NAME.test(h));
  return surname >= 0 && first >= 0 && Math.abs(surname - first) === 1
    ? [surname, first]
    : undefined;
}

/** The header with its two name columns as one "Name" column, at the first of them. */
export const mergedHeader = (
  header: readonly string[],
  [s, f]: readonly [number, number],
): string[] =>
  header.flatMap((h, k) => (k === Math.min(s, f) ? ['Name'] : k === Math.max(s, f) ? [] : [h]));

/** A row's cells with its two name cells as one (spanning both); undefined when they are no name. */
export function mergedRow(
  row: readonly Cell[],
  [s, f]: readonly [number, number],
): Cell[] | undefined {
  const [surname, first] = [row[s], row[f]];
  if (!surname || !first || !NAME_PART.test(surname.text) || !NAME_PART.test(first.text))
    return undefined;
  const [a, b] = s < f ? [surname, first] : [first, surname];
  const name = { start: a.start, end: b.end, text: `${first.text} ${surname.text}` };
  // (a person's words, not a thing's: "Total⇥All"; nor a placeholder, "TBC⇥TBC", "NN⇥NN")
  if (someCommonName(name.text) || [first, surname].some((c) => PLACEHOLDER.test(c.text)))
    return undefined;
  return row.flatMap((c, k) => (k === Math.min(s, f) ? [name] : k === Math.max(s, f) ? [] : [c]));
}

/** The people of the split tables' name cells, named "First Surname", as runs over both cells. */
export function splitNameRuns(
  tokens: readonly Token[],
  tables: readonly SplitTable[],
): PersonRun[] {
  const cells = tables.filter((t) => t.split).flatMap((t) => t.rows.map((r) => r[t.nameAt]!));
  return cells.map((c) => ({
    first: tokenAt(tokens, c.start),
    last: tokenAt(tokens, c.end),
    start: c.start,
    end: c.end,
    text: c.text,
    why: 'in a table’s surname and first-name columns',
  }));
}
