/**
 * A table of organisations: a header with a column "Organisation" (or "Partner", "Sponsor",
 * "Beneficiary", "Signatory", "Institution"), tab- or space-aligned, then one organisation a row
 * ("Harmonia - Polish Federation of Rare Disease Patients⇥Poland⇥Patient organisation"). Each
 * row's cell in that column is one organisation's whole name (a small-letter note after a dash aside:
 * "… (ECRDH) - network lead").
 */
import type { Mention, OrgAtOptions } from './mention.js';
import type { Gazetteer } from './gazetteer.js';
import { allCommon, isGivenName, looksLikePerson } from './person-cues.js';
import { isPlace } from './places.js';
import { cellsOf, hasCellGap, type Cell } from './table-cells.js';
import { COLUMN, says } from './table-columns.js';
import { foldedWords, tokenAt, type Token } from './tokens.js';
import { DOCUMENT_HEADS, INITIATIVE_HEADS, INVESTOR_HEADS, ORG_CONNECTORS } from './vocabulary.js';
import { linesOf } from './text-lines.js';
import { hasHead } from './name-before-acronym.js';

/** Not an organisation's cell: a person, a person and their body, a placeholder, a code, a date. */
const NOT_ORG_CELL =
  /^(?:(?:Dr|Prof|Mr|Ms|Mrs|Minister|Senator)\.?\s|(?:TBC|TBD|N\/?A|none|various|other|several)\b|(?:WP|D|M|T)\d|Work\s+Package\b|\d)|,/i;
/** A sponsors' table's columns: "Tier", "Booth", "Stand", "Level", "Package". */
const SPONSORSHIP = /^(?:tier|booth|stand|level|package|sponsorship|sponsors?|exhibitors?)$/i;
/** " - network lead", " – coordinator": a note on the row, no part of the name. */
const NOTE = /[ \t]+[–—-][ \t]+\p{Ll}[^\t]*$/u;

/** An investor's word, capitalised, in a name: "Growth Equity", "Capital", "Ventures". */
const investorNamed = (cell: string): boolean =>
  cell
    .split(/[^\p{L}]+/u)
    .some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && INVESTOR_HEADS.has(w.toLowerCase()));

/** A row number's column before the list's: "#", "No.", "Rank". */
const RANK = /^(?:#|No\.?|Nr\.?|Rank|Pos\.?)$/i;

/** The header's columns that list organisations: the first (after a rank's), or any in a sponsors' table. */
function listColumns(header: readonly { text: string }[]): number[] {
  const sponsors = header.some((c) => SPONSORSHIP.test(c.text));
  const first = RANK.test(header[0]?.text ?? '') ? 1 : 0;
  if (!COLUMN.organisationList.test(header[first]?.text ?? '') && !sponsors) return [];
  // ("#⇥Company⇥…⇥Lead investor(s)": the first list's column, then any other that lists bodies)
  return header.flatMap((c, k) => (k >= first && says(c.text, 'organisationList') ? [k] : []));
}

export function orgTableMentions(
  text: string,
  tokens: readonly Token[],
  orgAt: (i: number, options?: OrgAtOptions) => Mention | undefined,
  covered: Set<number>,
  gaz: Gazetteer,
) {
  let columns: number[] = [];
  let typedOnly = false;
  for (const { start, text: line } of linesOf(text)) {
    const header = hasCellGap(line) ? cellsOf(line) : [];
    const listed = header.length >= 2 ? listColumns(header) : [];
    // (a header's cells are labels: not "Exhibitors⇥more than 880", a figure's line)
    if (listed.length && header.every((c) => !/\d/.test(c.text))) {
      columns = listed;
      // (a "Partner" may be a person: only names that say they are organisations; not a sponsor)
      typedOnly =
        /^partner/i.test(header[listed[0]!]!.text) && !header.some((c) => SPONSORSHIP.test(c.text));
      continue;
    }
    if (!columns.length || !line.trim() || !hasCellGap(line)) {
      columns = [];
      continue;
    }
    const cells = cellsOf(line, start);
    for (const k of columns)
      for (const part of partsOf(cells[k]))
        readCell(part, { text, tokens, orgAt, covered, gaz, typedOnly });
  }
}

/** "Alder & Finch Ventures; EIC Fund (participating)": a cell's names, parted by semicolons. */
const partsOf = (cell: Cell | undefined): Cell[] => {
  if (!cell) return [];
  let at = cell.start;
  return cell.text.split(';').map((raw) => {
    const lead = raw.length - raw.trimStart().length;
    const part = { start: at + lead, end: at + lead + raw.trim().length, text: raw.trim() };
    at += raw.length + 1;
    return part;
  });
};

interface CellContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly orgAt: (i: number, options?: OrgAtOptions) => Mention | undefined;
  readonly covered: Set<number>;
  readonly gaz: Gazetteer;
  readonly typedOnly: boolean;
}

function readCell(first: Cell, { tokens, orgAt, covered, gaz, typedOnly }: CellContext): void {
  const cell = first.text.replace(NOTE, '').replace(/\s*\([^)]*\)$/, '');
  // (not a row of totals: "Total", "Other partners")
  if (!/^\p{Lu}/u.test(cell) || allCommon(cell) || NOT_ORG_CELL.test(cell)) return;
  // (an investor's words are no person's: "Halvorsen Growth Equity"; "Jonathan Rose" is one)
  const person = looksLikePerson(cell) || isGivenName(cell.split(/\s+/)[0]!);
  if ((person && !investorNamed(cell)) || isPlace(cell, gaz)) return;
  // (a part in words: "Led by Sofinnova Partners; with EIC Fund")
  if (cell.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !ORG_CONNECTORS.has(w))) return;
  // ("Business angels", "Existing shareholders": a kind of investor, described in small words)
  if (/^\p{Lu}\p{Ll}+\s+\p{Ll}+s$/u.test(cell)) return;
  // (a law, a programme, a work: "Medical Device Regulation")
  const head = foldedWords(cell).at(-1)!;
  if (INITIATIVE_HEADS.has(head) || DOCUMENT_HEADS.has(head)) return;
  const from = first.start;
  // ("Trinity College Dublin (ADAPT Centre)": a body of its own in the brackets, left to the
  // text's reading of a name and a bracket)
  if (/\(\p{Lu}[^()]*\s[^()]*\)$/u.test(first.text) && hasHead(cell)) return;
  const m = orgAt(
    tokenAt(tokens, from),
    typedOnly ? { newOnlyIfTyped: true } : { untypedIfEndingAt: from + cell.length },
  );
  // (the whole cell is the one name: "Polish Federation …" after "Harmonia - " is no other)
  if (m)
    for (let t = m.first; tokens[t] && tokens[t]!.start < from + cell.length; t++) covered.add(t);
}
