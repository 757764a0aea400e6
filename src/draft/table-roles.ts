import type { Affiliation } from './affiliations.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import { isOrgLike, type Mention } from './mentions.js';
import { tableRows } from './table-meetings.js';

/**
 * A table's row that names a person with their post in brackets and, in another cell, the body
 * they serve: "17/09/2025 | Brussels | Sandra Gallina (Director-General) | Directorate-General
 * for Health and Food Safety | …". The person holds that post there (the first cell after the
 * person's, in a column of such bodies, that is one organisation's name; else the last before it).
 */
const POST = /^\s*\(([^()]{2,60})\)\s*$/;
/** The column of the body a person serves ("DG / Cabinet"), not of whom they met ("Entity/ies met"). */
const SERVES = /\b(?:DG|directorate|cabinet|service|department|unit)s?\b/i;
/** A part in a session or a committee, not a post at the body: "(Chair)", "(Moderator)". */
/** A session's chair, secretary or member: a part in the meeting, as on a programme's table. */
const SESSION_SEAT = /^(?:chair|co-?chair|vice-?chair|secretary|member)$/i;
const MET = /\bmet\b|\bentit(?:y|ies)\b|\bstakeholders?\b/i;

export function tableRoles(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
): Affiliation[] {
  return tableRows(text).flatMap(([header, ...rows]) =>
    rows.flatMap((row) => {
      const serves = (k: number) =>
        SERVES.test(header!.cells[k] ?? '') && !MET.test(header!.cells[k]!);
      const cells = cellSpans(text, row.start, row.cells);
      const orgCell = (k: number) =>
        all.find(
          (m) =>
            isOrgLike(m) &&
            m.start === cells[k]!.start &&
            // (its acronym after it: "Directorate-General for Research and Innovation (DG RTD)")
            /^\s*(?:\([^()]*\))?$/.test(text.slice(m.end, cells[k]!.end)),
        );
      return people.flatMap((p) => {
        const k = cells.findIndex((c) => c.start <= p.start && p.end <= c.end);
        if (k < 0 || text.slice(cells[k]!.start, p.start).trim()) return [];
        const post = POST.exec(text.slice(p.end, cells[k]!.end))?.[1];
        if (
          !post ||
          !isTitle(post) ||
          SESSION_SEAT.test(post.trim()) ||
          MEETING_PART.test(post.trim())
        )
          return [];
        const order = [...cells.keys()]
          .filter((j) => j !== k && serves(j))
          .sort((a, b) => rank(a, k) - rank(b, k));
        const org = order.map(orgCell).find((m) => m !== undefined);
        if (!org) return [];
        const [from, to] = p.start < org.start ? [p.start, org.end] : [org.start, cells[k]!.end];
        return [{ person: p, org, title: post.trim(), evidence: text.slice(from, to) }];
      });
    }),
  );
}

/** Cells after the person's first, nearest first; then those before, nearest first. */
const rank = (j: number, k: number): number => (j > k ? j - k : 100 + k - j);

/** Where each cell's trimmed text lies in the text. */
function cellSpans(text: string, rowStart: number, cells: readonly string[]) {
  let at = rowStart;
  return cells.map((cell) => {
    const start = cell ? text.indexOf(cell, at) : at;
    at = start + cell.length;
    return { start, end: start + cell.length };
  });
}
