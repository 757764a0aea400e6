/**
 * A table pasted as delimited text, a spreadsheet's or an event app's export: a header of field
 * names ("session_id;day;date;start;…;speakers;moderator"), then rows with as many fields, a field
 * in double quotes where it holds the delimiter ("…;"Ana Costa - Dean, NOVA | Rui Lobo - SPMS";…").
 * Each row's fields are cells, by offset, their quotes left out.
 */
import type { Cell } from './table-cells.js';
import { linesOf, type Line } from './text-lines.js';

export interface DelimitedTable {
  /** The header's field names, in small letters, "_" read as a space ("session title"). */
  readonly header: readonly string[];
  /** Each row's cells, one a column (an empty field an empty cell). */
  readonly rows: readonly (readonly Cell[])[];
}

/** A header's field: a short name, no sentence ("session_id", "Speakers", "seats (max)"). */
const FIELD_NAME = /^[\p{L}_][\p{L}\p{N}_ ()/#.-]{0,30}$/u;
const DELIMITERS = [';', ','] as const;

/** The last text's tables: the people, the roles and the events ask for the same text's. */
let last: { readonly text: string; readonly tables: readonly DelimitedTable[] } | undefined;

export function delimitedTables(text: string): readonly DelimitedTable[] {
  if (last?.text !== text) last = { text, tables: tablesOf(text) };
  return last.tables;
}

function tablesOf(text: string): DelimitedTable[] {
  const lines = linesOf(text);
  const out: DelimitedTable[] = [];
  for (let k = 0; k < lines.length; k++) {
    const table = tableAt(lines, k);
    if (!table) continue;
    out.push(table.table);
    k = table.next - 1;
  }
  return out;
}

function tableAt(lines: readonly Line[], k: number) {
  for (const d of DELIMITERS) {
    // (an export writes its header's fields tight, "name,organisation,country"; a list of names
    // in prose has a space after each comma, "Nina Žagar, University of Ljubljana, …")
    if (lines[k]!.text.includes(`${d} `)) continue;
    const header = fieldsOf(lines[k]!, d);
    if (!header || header.length < 4 || !header.every((c) => FIELD_NAME.test(c.text))) continue;
    const rows: Cell[][] = [];
    let next = k + 1;
    for (; next < lines.length; next++) {
      const row = fieldsOf(lines[next]!, d);
      if (!row || row.length !== header.length) break;
      rows.push(row);
    }
    if (rows.length < 2) continue;
    const names = header.map((c) => c.text.toLowerCase().replace(/_/g, ' '));
    return { table: { header: names, rows }, next };
  }
  return undefined;
}

/**
 * A line's fields, split at the delimiter outside double quotes; undefined for a line with no
 * delimiter or with a quote left open.
 */
export function fieldsOf(line: Line, d: string): Cell[] | undefined {
  if (!line.text.includes(d)) return undefined;
  const out: Cell[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i <= line.text.length; i++) {
    const ch = line.text[i];
    if (ch === '"') quoted = !quoted;
    if (i < line.text.length && (quoted || ch !== d)) continue;
    out.push(cell(line, from, i));
    from = i + 1;
  }
  return quoted ? undefined : out;
}

/** The field from `from` to `to`, its blanks and its quotes left out. */
function cell(line: Line, from: number, to: number): Cell {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  let [start, end] = [from + lead, from + raw.trimEnd().length];
  if (line.text[start] === '"' && line.text[end - 1] === '"' && end - start >= 2) {
    start++;
    end--;
  }
  return { start: line.start + start, end: line.start + end, text: line.text.slice(start, end) };
}
