/**
 * A page's listed event: its kind as a label, then its title in quotes, over a line that opens
 * with its day ('Webinar | "EHDS na prática: o que muda para os hospitais" (EHDS in practice …)'
 * over "18 March 2026, 10:00–12:00 (Lisbon time), online"). The title names the event.
 */
import { writtenDay } from './date-parts.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { isPlace } from './places.js';
import { EVENT_NOUNS } from './vocabulary.js';
import { datesOf } from './month-ordinals.js';
import { isDay } from './date-kinds.js';
import { isoDay } from './iso-dates.js';
import { subjectsWithin, TOPICS_ONLY } from './event-subjects.js';

const LABELLED =
  /^[ \t]*(Webinar|Workshop|Conference|Seminar|Symposium|Info(?:rmation)? day|Roundtable|Round table|Hackathon|Summit|Forum|Event)[ \t]*[|:–—][ \t]*["“]([^"”\n]{4,160})["”][^\n]*\n[ \t]*(\d{1,2}[ \t]+\p{L}+[ \t]+\d{4})\b([^\n]*)/gmu;

export function labelledEventTitles(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts[] {
  return [...labelledOverDates(text, mentions, gaz), ...labelledOverDayLines(text, mentions, gaz)];
}

function labelledOverDayLines(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts[] {
  return [...text.matchAll(LABELLED)].flatMap((m) => {
    const [, label, title, day, rest] = m as unknown as [string, string, string, string, string];
    const date = writtenDay(day);
    if (!date) return [];
    const where = { line: rest, splitter: /[,;()]\s*/ };
    return [titledEvent(m, label, title, { date }, where, { mentions, gaz })];
  });
}

/**
 * 'High-Level Conference "Virtual Human Twins: From Research to the Bedside"' over "Filoxenia
 * Conference Centre, Nicosia | 12-13 March 2026", or "PUBLIC HEARING ⏎ "…" ⏎ Tuesday, 27 January
 * 2026, 14.30-16.30": the kind and its quoted title, then a line of its venue and days. The title
 * names the event; the line dates and places it.
 */
const TITLED_OVER_VENUE =
  /^[ \t]*((?:\p{Lu}[\p{L}-]*[ \t]+){0,2}(?:Conference|Webinar|Workshop|Seminar|Symposium|Summit|Forum|Roundtable|Hackathon|Hearing|Congress))[ \t]*(?:[|:–—][ \t]*|\n[ \t]*)?["“]([^"”\n]{4,160})["”][ \t]*\n[ \t]*([^\n]{6,160})/gimu;

function labelledOverDates(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts[] {
  return [...text.matchAll(TITLED_OVER_VENUE)].flatMap((m) => {
    const [, label, title, line] = m as unknown as [string, string, string, string];
    // (a line of its venue and days, not a sentence about it: "The final conference took place …")
    if (line.length > 100 || /[.!?]\s*$/.test(line) || /^By\s/.test(line)) return [];
    const when = datesOf.parse(line, new Date()).find((r) => isDay(r));
    if (!when || !/\d{4}/.test(when.text)) return [];
    const days = { date: isoDay(when.start), end: when.end && isoDay(when.end) };
    const where = { line, splitter: /[,;|()]\s*/ };
    return [titledEvent(m, label, title, days, where, { mentions, gaz }, TOPICS_ONLY)];
  });
}

/** The event a label and its quoted title name, dated and placed by the line that goes with them. */
function titledEvent(
  m: RegExpMatchArray,
  label: string,
  title: string,
  days: { date: string; end?: string | undefined },
  where: { line: string; splitter: RegExp },
  known: { mentions: readonly Mention[]; gaz: Gazetteer },
  subjects?: readonly string[],
): EventFacts {
  const { date, end } = days;
  const kind = EVENT_NOUNS.find(([re]) => re.test(label))?.[1];
  const city = where.line
    .split(where.splitter)
    .map((p) => p.trim())
    .find((p) => isPlace(p, known.gaz));
  const span = { start: m.index!, end: m.index! + m[0].length };
  return {
    date,
    ...(end && end !== date ? { endDate: end } : {}),
    ...(kind ? { kind } : {}),
    noun: label.toLowerCase(),
    named: title.trim(),
    ...(city ? { city } : {}),
    about: subjectsWithin(known.mentions, span, subjects),
    evidence: m[0].trim(),
    span,
    checks: [],
  };
}
