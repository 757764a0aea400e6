/**
 * A table of organisations: a header with a column "Organisation" (or "Partner", "Sponsor",
 * "Beneficiary", "Signatory", "Institution"), tab- or space-aligned, then one organisation a row
 * ("Harmonia - Polish Federation of Rare Disease Patients⇥Poland⇥Patient organisation"). Each
 * row's cell in that column is one organisation's whole name (a small-letter note after a dash aside:
 * "… (ECRDH) - network lead").
 */
import type { Mention, OrgAtOptions } from './mention.js';
import type { Gazetteer } from './gazetteer.js';
import { allCommon, looksLikePerson } from './person-cues.js';
import { isPlace } from './places.js';
import { cellsOf, hasCellGap } from './table-cells.js';
import { COLUMN } from './table-columns.js';
import { foldedWords, tokenAt, type Token } from './tokens.js';
import { DOCUMENT_HEADS, INITIATIVE_HEADS } from './vocabulary.js';
import { linesOf } from './text-lines.js';

/** Not an organisation's cell: a person, a person and their body, a placeholder, a code, a date. */
const NOT_ORG_CELL =
  /^(?:(?:Dr|Prof|Mr|Ms|Mrs|Minister|Senator)\.?\s|(?:TBC|TBD|N\/?A|none|various|other|several)\b|(?:WP|D|M|T)\d|Work\s+Package\b|\d)|,/i;
/** A sponsors' table's columns: "Tier", "Booth", "Stand", "Level", "Package". */
const SPONSORSHIP = /^(?:tier|booth|stand|level|package|sponsorship|sponsors?|exhibitors?)$/i;
/** " - network lead", " – coordinator": a note on the row, no part of the name. */
const NOTE = /[ \t]+[–—-][ \t]+\p{Ll}[^\t]*$/u;

export function orgTableMentions(
  text: string,
  tokens: readonly Token[],
  orgAt: (i: number, options?: OrgAtOptions) => Mention | undefined,
  covered: Set<number>,
  gaz: Gazetteer,
) {
  let inTable = false;
  let typedOnly = false;
  let column = 0;
  for (const { start, text: line } of linesOf(text)) {
    const header = hasCellGap(line) ? cellsOf(line) : [];
    // (the first column; or any, in a sponsors' table: "Tier⇥Partner⇥Booth")
    const sponsors = header.some((c) => SPONSORSHIP.test(c.text));
    const listed = header.findIndex(
      (c, k) => (k === 0 || sponsors) && COLUMN.organisationList.test(c.text),
    );
    // (a header's cells are labels: not "Exhibitors⇥more than 880", a figure's line)
    if (header.length >= 2 && listed >= 0 && header.every((c) => !/\d/.test(c.text))) {
      inTable = true;
      column = listed;
      // (a "Partner" may be a person: only names that say they are organisations; not a sponsor)
      typedOnly = /^partner/i.test(header[listed]!.text) && !sponsors;
      continue;
    }
    if (!inTable || !line.trim() || !hasCellGap(line)) {
      inTable = false;
      continue;
    }
    const first = cellsOf(line, start)[column];
    if (!first) continue;
    const cell = first.text.replace(NOTE, '').replace(/\s*\([^)]*\)$/, '');
    // (not a row of totals: "Total", "Other partners")
    if (!/^\p{Lu}/u.test(cell) || allCommon(cell) || NOT_ORG_CELL.test(cell)) continue;
    if (looksLikePerson(cell) || isPlace(cell, gaz)) continue;
    // ("Business angels", "Existing shareholders": a kind of investor, described in small words)
    if (/^\p{Lu}\p{Ll}+\s+\p{Ll}+s$/u.test(cell)) continue;
    // (a law, a programme, a work: "Medical Device Regulation")
    const head = foldedWords(cell).at(-1)!;
    if (INITIATIVE_HEADS.has(head) || DOCUMENT_HEADS.has(head)) continue;
    const from = first.start;
    const m = orgAt(
      tokenAt(tokens, from),
      typedOnly ? { newOnlyIfTyped: true } : { untypedIfEndingAt: from + cell.length },
    );
    // (the whole cell is the one name: "Polish Federation …" after "Harmonia - " is no other)
    if (m)
      for (let t = m.first; t < tokenAt(tokens, from + cell.length - 1) + 1; t++) covered.add(t);
  }
}
