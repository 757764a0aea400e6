/**
 * A team's rows without a header: "Founders ⏎ Jonas Lindqvist⇥Co-founder & CTO⇥Previously …" —
 * tab-separated lines whose first cell is a person's name and whose second is, mostly, a post.
 * Read as a table of people with a name and a post column.
 */
import { isTitle } from './job-titles.js';
import { hasOrgWord, looksLikePerson, someCommonName } from './person-cues.js';
import { cellsOf, CELL_TITLES, type Cell } from './table-cells.js';
import { linesOf } from './text-lines.js';
import { namesCityOrCountry } from './places.js';

export interface HeaderlessTable {
  readonly at: number;
  readonly rows: readonly (readonly Cell[])[];
}

/** A person's name in a cell: two to four capitalised words, a person's, no body's. */
function personCell(cell: Cell | undefined): boolean {
  const name = cell?.text.replace(CELL_TITLES, '').trim() ?? '';
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  // (not a hospital's saint, "Sant Pau", "San Raffaele")
  if (/^(?:San|Sant|Santa|Santo|São|St|Saint|Sankt)$/.test(words[0]!)) return false;
  return !hasOrgWord(name) && (looksLikePerson(name) || !someCommonName(name));
}

const postOf = (cell: Cell | undefined): boolean =>
  isTitle(cell?.text.split(/\s*[(,;]/)[0]?.trim() ?? '');

export function headerlessTables(text: string): HeaderlessTable[] {
  const out: HeaderlessTable[] = [];
  let rows: Cell[][] = [];
  const close = () => {
    // (two rows at least, every name a person's, half the second cells posts at least)
    // (and no cell a country or a city: partners' rows, "Emilia Romagna⇥Coordinator⇥Italy")
    const placed = rows.some((r) => r.slice(1).some((c) => namesCityOrCountry(c.text)));
    if (!placed && rows.length >= 2 && rows.filter((r) => postOf(r[1])).length * 2 >= rows.length)
      out.push({ at: rows[0]![0]!.start, rows });
    rows = [];
  };
  for (const { start, text: line } of linesOf(text)) {
    const cells = line.includes('\t') ? cellsOf(line, start) : [];
    if (cells.length >= 2 && personCell(cells[0])) rows.push(cells);
    else close();
  }
  close();
  return out;
}
