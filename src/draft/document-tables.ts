/**
 * A table of documents: a header cell "Document" (or "Deliverable"; not "Title", a project's or a
 * motion's as often, unless the line above says documents follow; nor "Publication", a journal's or
 * an issue's) over
 * one document a row ("1⇥Flash report – meeting of … with MedTech Europe⇥25.03.2025⇥Ares(…)").
 * The cell names the document; a quoted title in it is the title ('Presentation by EBRAINS,
 * "Secondary use of brain data …" (12 slides)'), and a trailing bracket is no part of the name.
 */
import type { SmallLetterWork } from './small-letter-documents.js';
import { tableRows } from './table-meetings.js';
import { isTitle } from './job-titles.js';
import { lineAbove } from './text-lines.js';
import { DOCUMENT_HEADS } from './vocabulary.js';

const DOCUMENT_COLUMN = /^(?:documents?|document title|deliverables?)$/i;
/** A kind of documents, not one: "Clinical study reports", "Other documents"; a citation's "et al". */
const NOT_ONE = /^(?:\p{Lu}\p{Ll}*)(?:\s+\p{Ll}+){0,3}s$|\bet al\b/u;
/** "… identified the following six documents:", or a heading "Public deliverables". */
const DOCUMENTS_ABOVE =
  /\b(?:documents|papers|publications|reports|deliverables)\b(?:[^\n]*:)?\s*$/i;
const QUOTED = /[“"]([^“”"\n]{4,200})[”"]/;
const TRAILING_BRACKET = /\s*\([^()]*\)\s*$/;

export function documentTables(text: string): SmallLetterWork[] {
  return tableRows(text).flatMap(([header, ...rows]) => {
    // (a "Title" column only under a line that says the rows are documents: "… identified the
    // following six documents:", "Public deliverables")
    const listsDocuments = DOCUMENTS_ABOVE.test(lineAbove(text, header!.start).text);
    const column = header!.cells.findIndex(
      (c) => DOCUMENT_COLUMN.test(c) || (listsDocuments && /^titles?$/i.test(c)),
    );
    if (column < 0) return [];
    return rows.flatMap((row) => {
      const cell = row.cells[column] ?? '';
      const quoted = quotedTitle(cell);
      const name = (quoted ?? cell.replace(TRAILING_BRACKET, '')).trim();
      // (a title's words, not a placeholder: "–", "n/a", "tbc")
      if (name.split(/\s+/).length < 2 || !/^[\p{Lu}\p{N}]/u.test(name)) return [];
      if (!quoted && NOT_ONE.test(name)) return [];
      const start = text.indexOf(name, row.start);
      if (start < 0 || start >= row.end) return [];
      const head = headOf(cell);
      return [{ name, kind: DOCUMENT_HEADS.get(head) ?? 'REPORT', head, start }];
    });
  });
}

/** The cell's quoted title; not a unit's quoted name after a post ('Head of Unit "AI in …"'). */
function quotedTitle(cell: string): string | undefined {
  const m = QUOTED.exec(cell);
  if (!m) return undefined;
  const before = cell.slice(0, m.index).split(',').at(-1)!.trim();
  return before && isTitle(before) ? undefined : m[1];
}

/** The cell's first word that names a kind of document ("report" in "Flash report – …"). */
const headOf = (cell: string): string =>
  cell
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .find((w) => DOCUMENT_HEADS.has(w)) ?? 'document';
