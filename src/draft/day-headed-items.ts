/**
 * A diary of the days ahead: under a day's heading ("MONDAY 16 MARCH", "Tuesday 17 March 2026"),
 * bulleted items, each an event of that day when its line gives it a time in brackets ("▸ Virtual
 * Human Twins Info Day (09:30–17:00, Albert Borschette Conference Centre, Brussels)") or names a
 * meeting's kind ("▸ Also Monday: Council Working Party on Public Health (closed doors)"). The
 * bracket's place, when one is known, is the event's city. A deadline is no event.
 */
import { writtenDay } from './date-parts.js';
import { MONTHS, WEEKDAYS } from './calendar-words.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import { isOrgLike, type Mention } from './mentions.js';
import { isPlace } from './places.js';
import { EVENT_NOUNS } from './vocabulary.js';

const DAY_HEADING = new RegExp(
  String.raw`^[ \t]*${WEEKDAYS},?[ \t]+(\d{1,2})(?:st|nd|rd|th)?[ \t]+(${MONTHS})(?:[ \t]+(\d{4}))?[ \t]*$`,
  'i',
);
/** "▸ Title (09:30–17:00, venue)": a bullet, the item's title, then its bracket. */
const ITEM = /^[ \t]*[▸►•▪*–-][ \t]+([^\n(]{4,160}?)[ \t]*\(([^)\n]{2,120})\)/u;
const TIME = /\b\d{1,2}[:.]\d{2}\b/;
/** "Also Monday:", "Then:": a diary's words before the title. */
const LEAD = new RegExp(String.raw`^(?:Also|Then|Later)(?:[ \t]+${WEEKDAYS})?[ \t]*:[ \t]*`, 'i');
/** Not an event: a deadline, a publication's day, a vote's. */
const NO_EVENT = /\b(?:deadline|due|closes|expires|publication)\b/i;
/** A programme's own parts, no events of their own: "Coffee break", "Keynote: …", "Panel 2". */
const PART =
  /^(?:(?:Opening|Closing|Plenary|Parallel|Breakout)\s+session|session\b|panel\b|keynote|coffee|(?:lunch\s+)?break|lunch\b|registration|welcome|networking|Q\s*&\s*A|transfer|departure|family\s+photo)/i;
/** A heading's rule or the blank line: what may stand between items. */
const RULE = /^[ \t]*[—–=_-]{3,}[ \t]*$/;

export function dayHeadedItems(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
  year: number | undefined,
): EventFacts[] {
  const out: EventFacts[] = [];
  let day: string | undefined;
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const heading = DAY_HEADING.exec(line);
    if (heading) {
      const y = heading[3] ?? (year !== undefined ? String(year) : undefined);
      day = y ? writtenDay(`${heading[1]} ${heading[2]} ${y}`) : undefined;
      continue;
    }
    if (RULE.test(line) || !day) continue;
    const facts = itemOf(line, start, day, mentions, gaz);
    if (facts) out.push(facts);
  }
  return out;
}

function itemOf(
  line: string,
  start: number,
  day: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts | undefined {
  const m = ITEM.exec(line);
  if (!m) return undefined;
  const full = m[1]!.replace(LEAD, '').replace(/[\s,:;–-]+$/, '');
  // ("SANT committee, European Parliament": the body after the comma hosts, and is no part of the name)
  const comma = full.lastIndexOf(', ');
  const from = start + line.indexOf(full);
  const host = mentions.find(
    (x) =>
      isOrgLike(x) && comma > 0 && x.start === from + comma + 2 && x.end === from + full.length,
  );
  // ("Informal meeting of health ministers, Nicosia": the place after the comma is the city)
  const placed = !host && comma > 0 && isPlace(full.slice(comma + 2), gaz);
  const title = host || placed ? full.slice(0, comma) : full;
  const kind = EVENT_NOUNS.find(([re]) => re.test(title))?.[1];
  // (a programme's own parts are no events of their own: "Coffee break (10:30)", "Keynote: …")
  if (NO_EVENT.test(title) || PART.test(title)) return undefined;
  if (!TIME.test(m[2]!) && kind === undefined) return undefined;
  const city =
    (placed ? full.slice(comma + 2) : undefined) ??
    m[2]!
      .split(/,\s*|\s+\+\s+/)
      .map((p) => p.trim())
      .find((p) => isPlace(p, gaz));
  const end = start + line.length;
  return {
    date: day,
    ...(kind ? { kind } : {}),
    noun: 'event',
    named: title,
    ...(city ? { city } : {}),
    ...(host ? { host, hostEvidence: line.trim() } : {}),
    about: mentions.filter(
      (x) =>
        x.start >= start &&
        x.end <= end &&
        ['Initiative', 'Project', 'Topic'].includes(x.entity.label),
    ),
    evidence: line.trim(),
    span: { start, end },
    checks: ['an item of a diary of the days ahead: check that it took place, and its name'],
  };
}
