/**
 * A grant's list of participants: "No⇥Role⇥Short name⇥Legal name⇥Country⇥PIC" over
 * "4⇥BEN⇥HCB⇥HOSPITAL CLINIC DE BARCELONA⇥ES⇥999904418". Each row's legal name is one
 * organisation's whole name, often in capitals: the known one it spells (or whose name or acronym
 * its short name is), else a new one, recased, with its short name as its acronym.
 */
import { titleCase } from './dateline.js';
import type { DraftBuilder } from './draft-builder.js';
import { knownSpelledAs, type Gazetteer, type KnownEntity } from './gazetteer.js';
import { hasLegalForm, legalFormWords, writtenForm } from './legal-forms.js';
import type { Mention } from './mention.js';
import { orgKindOf } from './org-kind.js';

import { cellsOf, type Cell } from './table-cells.js';
import { linesOf } from './text-lines.js';
import { foldedWords, freeSpan, tokenAt, type Token } from './tokens.js';

/** A column of bodies' full names, wherever it stands: "Legal name", "Participant name". */
const LEGAL_NAME =
  /^(?:legal|participant|beneficiary|partner|organi[sz]ation|institution)(?:['’]s)?[ \t]+(?:legal[ \t]+)?name$/i;
const SHORT_NAME = /^(?:short[ \t]+name|acronym|abbreviation)$/i;

/**
 * A header's cell: one word or a capitalised word and small ones ("Country", "Role in the
 * project"), no legal form; not a name ("Corvatis Technologies S.L.", "Acme Health").
 */
const isColumnLabel = (cell: string): boolean =>
  !hasLegalForm(cell) && /^\p{Lu}[\p{L}.]*(?:\s+\p{Ll}[\p{L}.]*)*$/u.test(cell.trim());

export interface ParticipantRow {
  readonly legal: Cell;
  readonly short?: Cell;
}

/** The rows under a header with a legal names' column, up to the first line that is no row. */
export function participantRows(text: string): ParticipantRow[] {
  const out: ParticipantRow[] = [];
  let columns: { legal: number; short: number } | undefined;
  for (const { start, text: line } of linesOf(text)) {
    const cells = line.includes('\t') ? cellsOf(line, start) : [];
    const legal = cells.findIndex((c) => LEGAL_NAME.test(c.text));
    // ("Legal name⇥Corvatis Technologies S.L.": a fact box's label and its value, no header; not
    // "Legal name⇥Country", a table's two columns)
    if (legal === 0 && cells.length === 2 && !isColumnLabel(cells[1]!.text)) {
      columns = undefined;
      continue;
    }
    if (legal >= 0) {
      columns = { legal, short: cells.findIndex((c) => SHORT_NAME.test(c.text)) };
      continue;
    }
    if (!columns || cells.length < 2) {
      columns = undefined;
      continue;
    }
    const cell = cells[columns.legal];
    if (cell && /^\p{Lu}/u.test(cell.text))
      out.push({ legal: cell, ...(columns.short >= 0 ? { short: cells[columns.short] } : {}) });
  }
  return out;
}

export function participantMentions(
  rows: readonly ParticipantRow[],
  tokens: readonly Token[],
  gaz: Gazetteer,
  builder: DraftBuilder,
  covered: Set<number>,
): Mention[] {
  const out: Mention[] = [];
  for (const { legal, short } of rows) {
    const span = freeSpan(tokens, legal.start, legal.end, covered);
    if (!span) {
      // (a known name at its start, "VIRTUAL PHYSIOLOGICAL HUMAN INSTITUTE …": the cell is its,
      // no other name is read from its rest)
      if (covered.has(tokenAt(tokens, legal.start)))
        for (let t = tokenAt(tokens, legal.start); t < tokenAt(tokens, legal.end); t++)
          covered.add(t);
      continue;
    }
    const isOrg = (e: KnownEntity) => e.label === 'Organisation';
    const known =
      knownSpelledAs(gaz, legal.text, isOrg) ?? (short ? byShortName(gaz, short.text) : undefined);
    const acronym = short && short.text !== legal.text ? short.text : undefined;
    const name = recased(legal.text);
    const entity = known
      ? builder.refer(known, legal.text)
      : builder.propose('Organisation', name, {
          kind: orgKindOf(name).kind,
          ...(acronym && /^\S+$/.test(acronym) ? { acronym } : {}),
        });
    if (!entity.known && !entity.checks.length)
      entity.checks.push(`new organisation (a participant, "${legal.text}")`);
    for (let t = span.first; t < span.last; t++) covered.add(t);
    out.push({ entity, ...span, start: legal.start, end: legal.end });
  }
  return out;
}

/** The one organisation the graph knows by this name or acronym, as written ("KU Leuven", "INRIA"). */
function byShortName(gaz: Gazetteer, short: string): KnownEntity | undefined {
  const words = foldedWords(short);
  const hits = (gaz.byFirstWord.get(words[0] ?? '') ?? []).filter(
    (s) =>
      s.entity.label === 'Organisation' &&
      s.words.join(' ') === words.join(' ') &&
      (!s.exactCase || s.text.toLowerCase() === short.toLowerCase()),
  );
  const entities = new Set(hits.map((s) => s.entity));
  return entities.size === 1 ? [...entities][0] : undefined;
}

/** "HEPAQUANT MEDICAL SOFTWARE GMBH" as a name is written: "Hepaquant Medical Software GmbH". */
function recased(name: string): string {
  const cased = titleCase(name);
  const form = legalFormWords(name);
  if (!form || cased === name) return cased;
  const words = cased.split(' ');
  return [...words.slice(0, -form), ...words.slice(-form).map(writtenForm)].join(' ');
}
