/**
 * A listing's entry (an events calendar, a programme): a line that opens with a date, maybe with
 * its parts ("TUE 17 – WED 18 MAR · Brussels, Belgium"), and on the next line the event's title.
 */
import type * as chrono from 'chrono-node';
import { DATED_ITEM, EVENT_NOUN } from './event-words.js';
import type { Sentence } from './tokens.js';
import { lineStart } from './text-lines.js';

/** The lines of an entry under its title: "Where:", "Organisers:", "Host:", "Venue:", "Speakers:". */
const ENTRY_LABEL =
  /^[ \t]*(?:Where|Venue|Location|Room|Organi[sz]ers?|Organi[sz]ed by|Hosts?|Hosted by|Speakers?|Chair|Keynotes?)\s*:/im;
/** A register's entry is a paper or a deadline, not an event: "Minutes of the 27th meeting …". */
const NOT_EVENT_TITLE =
  /^(?:Statement|Minutes|Agenda|Report|Press release|Deadline|Call|Speech|Opinion|Letter|Decision|Summary|Conclusions)\b/i;

/** A date line's parts after the date: "· Brussels, Belgium", "· online, 14:00–15:30 CET". */
const PARTS_ONLY = /^[\s·|•,–—-]*(?:[^\n.!]{0,90})$/;

/** The title line under a date line, when the lines form an entry (else undefined). */
export function entryTitle(
  text: string,
  sentences: readonly Sentence[],
  k: number,
  r: chrono.ParsedResult,
): Sentence | undefined {
  const s = sentences[k]!;
  const line = sentences[k + 1];
  const lineFrom = lineStart(text, s.start);
  // (the date opens its own line, maybe after a bullet, and what follows it on the line is its parts)
  if (!line || !/^[►▶•▪*–—-]?$/u.test(text.slice(lineFrom, r.index).trim())) return undefined;
  if (!PARTS_ONLY.test(text.slice(r.index + r.text.length, s.end))) return undefined;
  if (!/^[ \t]*\n[ \t]*$/.test(text.slice(s.end, line.start))) return undefined;
  const next = underSpeaker(text, sentences, k + 1)!;
  const title = text.slice(next.start, next.end).trim();
  // (the next line is the diary's next entry, with a day of its own: no title of this one)
  // (or a timeline's next row, "Dec 2023⇥VHT Initiative launched": a month's or a year's)
  if (DATED_ITEM.test(title) || /^(?:\p{L}{3,9}\.?\s+)?(?:19|20)\d\d\b/u.test(title))
    return undefined;
  const lineEnd = text.indexOf('\n', next.end);
  if (lineEnd >= 0 && text.slice(next.end, lineEnd).trim() !== '') return leadClause(text, next);
  // (a labelled line is the entry's detail, not its title: "Venue: Het Pand, …")
  if (
    title.split(/\s+/).length > 18 ||
    /[.!]$/.test(title) ||
    ENTRY_LABEL.test(title) ||
    NOT_EVENT_TITLE.test(title)
  )
    return undefined;
  // (an entry's labelled lines under the title, or an event noun in it)
  const below = entryBlock(text, next.end);
  return EVENT_NOUN.test(title) || ENTRY_LABEL.test(below) ? next : undefined;
}

/** "Prof. Alfons Hoekstra – Computational Science Lab, University of Amsterdam": a talk's speaker. */
const SPEAKER_LINE =
  /^(?:(?:Prof|Dr|Professor|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*(?:\s[–—-]\s|,\s)[^\n]{3,120}$/u;

/**
 * A seminar series' entry: its date line, its speaker's line, then its title; the title is the
 * line under the speaker's (else the line under the date).
 */
function underSpeaker(
  text: string,
  sentences: readonly Sentence[],
  k: number,
): Sentence | undefined {
  const line = sentences[k];
  const after = sentences[k + 1];
  if (!line || !after || !SPEAKER_LINE.test(text.slice(line.start, line.end).trim())) return line;
  if (/[.!?]$/.test(text.slice(line.start, line.end).trim())) return line;
  return /^[ \t]*\n[ \t]*$/.test(text.slice(line.end, after.start)) ? after : line;
}

/**
 * A diary's entry written as a paragraph: its first clause names the event when an event noun is
 * in it or its host follows ("Webinar: onboarding hospitals to …, run by EBRAINS AISBL …",
 * "“Twins in the Clinic”: VHT community days, hosted by KU Leuven …").
 */
function leadClause(text: string, next: Sentence): Sentence | undefined {
  const said = text.slice(next.start, next.end);
  const clause = /^[^,.;\n]{3,140}?(?=,|\.(?:\s|$))/u.exec(said)?.[0];
  if (!clause || clause.split(/\s+/).length > 16) return undefined;
  const hosted = /^,\s+(?:(?:co-)?hosted|organi[sz]ed|run|convened|chaired|held)\b/.test(
    said.slice(clause.length),
  );
  return hosted || EVENT_NOUN.test(clause)
    ? { start: next.start, end: next.start + clause.length }
    : undefined;
}

/**
 * "Webinar — Virtual brain twins in epilepsy surgery", "Workshop: The AI Act meets the MDR",
 * "VPH2026 — Annual Conference of the …": a label's event noun before the title is dropped; a
 * name before a description of it is the name.
 */
export function entryName(written: string): string {
  // ('"Twins in the Clinic": VHT community days': the quotation marks are no part of the name)
  const title = written.replace(/^["“]([^"“”\n]{3,80})["”](?=:)/u, '$1');
  const parts = /^(.+?)\s*(?:\s[—–]\s|:\s)\s*(.+)$/.exec(title);
  if (!parts) return title;
  const [, left, right] = parts as unknown as [string, string, string];
  if (left.split(/\s+/).length <= 2 && EVENT_NOUN.test(left) && !/\d/.test(left)) return right;
  const described =
    /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:annual|biennial|\p{L}+\s+)?\p{L}*\s*(?:conference|congress|summit|meeting|forum)\s+of\b/iu;
  return described.test(right) && left.split(/\s+/).length <= 4 ? left : title;
}

/** The lines of an entry from `at` (its date line's end) to the next blank line. */
export const entryBlock = (text: string, at: number): string =>
  text.slice(at, at + 800).split(/\n[ \t]*\n/)[0]!;
