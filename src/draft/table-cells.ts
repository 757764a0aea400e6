/**
 * A table's line split into its cells: cells are separated by tabs, by two spaces or more, or by a
 * "|" (a Markdown table). One splitter for every table reader (people, organisations, headers).
 */
export interface Cell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const CELL_GAP = /\t+|[ \t]{2,}|[ \t]*\|[ \t]*/g;

/** The line's non-empty cells, with offsets counted from `at` (the line's start in the text). */
export function cellsOf(line: string, at = 0): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  for (const gap of [...line.matchAll(CELL_GAP), { index: line.length, 0: '' }]) {
    const raw = line.slice(from, gap.index);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim())
      out.push({
        start: at + from + lead,
        end: at + from + lead + raw.trim().length,
        text: raw.trim(),
      });
    from = gap.index! + gap[0]!.length;
  }
  return out;
}

/**
 * A tab-separated row with empty cells ("Victor Jirsa⇥⇥EBRAINS⇥Chief Science Officer"): every tab
 * opens a cell, an empty one too (of no length), so the cells stay under their header's.
 */
export function tabCells(line: string, at = 0): Cell[] {
  if (!/\t[ ]*\t/.test(line.trim())) return cellsOf(line, at);
  let from = 0;
  return line.split('\t').map((raw) => {
    const lead = raw.length - raw.trimStart().length;
    const cell = { start: at + from + lead, end: at + from + lead + raw.trim().length };
    from += raw.length + 1;
    return { ...cell, text: raw.trim() };
  });
}

/** Titles that may open a cell's name: "Dr hab. Jakub Nowakowski", "Prof. Ana Costa". */
export const CELL_TITLES =
  /^(?:(?:Dr|Dra|Prof|Profa|Mr|Ms|Mrs|hab|Ing|Mgr|PhD|Dott|Eng)\.?(?:ª|º)?[ \t]+)+/i;

/** The line holds a cell gap (a tab, two spaces, a "|"): it may be a table's row. */
export const hasCellGap = (line: string): boolean => /\t|[ \t]{2,}|\|/.test(line);

/**
 * The span is a table's whole cell: a tab on one side, a tab or the line's edge on the other (not
 * a list's item after its bullet or number and a tab, "•⇥Ministry of … in Estonia").
 */
export const wholeCell = (text: string, start: number, end: number): boolean => {
  const [before, after] = [text[start - 1] ?? '\n', text[end] ?? '\n'];
  const lead = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim();
  return (
    (before === '\t' || after === '\t') &&
    /[\t\n]/.test(before) &&
    /[\t\n]/.test(after) &&
    !/^(?:[-*•▪◦–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])$/.test(lead)
  );
};
