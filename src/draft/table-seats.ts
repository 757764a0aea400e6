/**
 * A table of people with a column of their seats on a body: "Name⇥Role on Committee⇥Affiliation"
 * over "Prof. Orla Fitzgerald⇥Chair⇥…". The column's header names the body's head word; the body is
 * the one the text names with it ("the St Columba's University Hospital Research Ethics
 * Committee"), and each row's person holds the seat there.
 */
import type { Affiliation } from './affiliations.js';
import type { Mention, Mentions } from './mentions.js';
import { nameTables, type Table } from './name-tables.js';
import { foldedWords } from './tokens.js';

/** A seat's column on a body that has seats: "Role on Committee", "Position on the Board". */
const SEAT =
  /^(?:role|position|seat|function)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(committee|board|council|panel|commission|bureau)$/iu;

/** The organisation the text names first whose name ends with the head word. */
function bodyOf(mentions: Mentions, head: string): Mention | undefined {
  return mentions.all.find(
    (m) => m.entity.label === 'Organisation' && foldedWords(m.entity.name).at(-1) === head,
  );
}

/**
 * A heading above the table names the body's head word: "Research Ethics Committee – Committee
 * Members" (a page about the committee, not one that names some board in passing).
 */
const headedBy = (text: string, at: number, head: string): boolean =>
  text
    .slice(0, at)
    .split('\n')
    .some((l) => /^[^.!?]{3,90}$/.test(l.trim()) && foldedWords(l).includes(head));

function seatsIn(text: string, t: Table, mentions: Mentions): Affiliation[] {
  const at = t.header.findIndex((h) => SEAT.test(h));
  const head = at >= 0 ? SEAT.exec(t.header[at]!)![1]!.toLowerCase() : undefined;
  const body = head && headedBy(text, t.at, head) && bodyOf(mentions, head);
  if (!body) return [];
  return t.rows.flatMap((row) => {
    const [name, seat] = [row[t.nameAt], row[at]];
    const person = name && mentions.people.find((p) => p.start >= name.start && p.end <= name.end);
    // (a seat of a few words: "Chair", "Lay member", not a sentence)
    if (!person || !seat || seat.text.split(/\s+/).length > 4) return [];
    const evidence = text.slice(row[0]!.start, row.at(-1)!.end);
    return [{ person, org: body, title: seat.text, evidence }];
  });
}

export const tableSeats = (text: string, mentions: Mentions): Affiliation[] =>
  nameTables(text).flatMap((t) => seatsIn(text, t, mentions));
