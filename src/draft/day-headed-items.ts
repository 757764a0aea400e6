/**
 * A diary of the days ahead: under a day's heading ("MONDAY 16 MARCH", "Tuesday 17 March 2026"),
 * bulleted items, each an event of that day when its line gives it a time in brackets ("▸ Virtual
 * Human Twins Info Day (09:30–17:00, Albert Borschette Conference Centre, Brussels)") or names a
 * meeting's kind ("▸ Also Monday: Council Working Party on Public Health (closed doors)"). The
 * bracket's place, when one is known, is the event's city. A deadline is no event.
 */
import { WEEKDAYS } from './calendar-words.js';
import { headingDay } from './date-parts.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import { isOrgLike, type Mention } from './mentions.js';
import { isPlace } from './places.js';
import { EVENT_NOUNS, PROGRAMME_PART } from './vocabulary.js';
import { linesOf } from './text-lines.js';
import { subjectsWithin } from './event-subjects.js';

/** "▸ Title (09:30–17:00, venue)": a bullet, the item's title, then its bracket. */
const ITEM = /^[ \t]*[▸►•▪*–-][ \t]+([^\n(]{4,160}?)[ \t]*\(([^)\n]{2,120})\)/u;
/** The bracket opens with the item's time of day: "(09:30–17:00, …)", not "(PDF, 4.20 MB)", "(3.12.2025)". */
const TIME = /^\s*(?:from\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,%])/;
/** A page that says it is a diary of days ahead: "The Week Ahead", "this week's diary", "What's on". */
const DIARY =
  /\b(?:week\s+ahead|weeks\s+ahead|days\s+ahead|this\s+week|next\s+week|coming\s+up|what['’]s\s+on|diary|calendar|upcoming\s+events|events\s+this\s+week|(?:the\s+)?week\s+in\s+(?:Brussels|Strasbourg|Luxembourg))\b/i;
/** An untimed item names a meeting of people, by its noun (not "visit our archive"). */
const MEETING_NOUN =
  /\b(?:meeting|conference|summit|congress|symposium|forum|workshop|webinar|hearing|roundtable|round\s+table|info\s+day|open\s+day|plenary|trilogue|debate|launch|ceremony|reception)\b/i;
/** A line in capitals that is no day's heading ("ON OUR RADAR"): the days' items have ended. */
const SECTION = /^[ \t]*[\p{Lu}\d][\p{Lu}\d \t&'’:,/-]{3,}$/u;
/** A sentence, not a title: "The Commission will present …". */
const SENTENCE = /\b(?:is|are|was|were|will|shall|has|have|had|would|should|can|may|must)\b/;
/** "Also Monday:", "Then:": a diary's words before the title. */
const LEAD = new RegExp(String.raw`^(?:Also|Then|Later)(?:[ \t]+${WEEKDAYS})?[ \t]*:[ \t]*`, 'i');
/** Not an event: a deadline, a publication's day, a vote's. */
const NO_EVENT =
  /\b(?:deadline|due|closes|expires|publication|release|opening\s+hours|departs?|arrives?|train|bus|shuttle|lesson|exam|slots?|strike|call(?!\s+with))\b|\b\p{Lu}{3,}-\d{4}-/iu;
/** A programme's own parts, no events of their own: "Coffee break", "Keynote: …", "Panel 2". */
const PART = new RegExp(
  String.raw`^(?:(?:Opening|Closing|Plenary|Parallel|Breakout|Poster)\s+session|${PROGRAMME_PART}|networking|Q\s*&\s*A|(?:opening|closing)\s+(?:remarks|address|words)|presentation|fireside|tutorial|round\s+table|approval|minutes|any\s+other\s+business|AOB|item\s+\d)`,
  'i',
);
/** A heading's rule or the blank line: what may stand between items. */
const RULE = /^[ \t]*[—–=_-]{3,}[ \t]*$/;

export function dayHeadedItems(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
  year: number | undefined,
): EventFacts[] {
  const out: EventFacts[] = [];
  // (the page says it is a diary, and has two days' headings at least)
  if (!DIARY.test(text.slice(0, 1500))) return [];
  if (text.split('\n').filter((l) => headingDay(l, year)).length < 2) return [];
  let day: string | undefined;
  for (const { start, text: line } of linesOf(text)) {
    const heading = headingDay(line, year);
    if (heading) {
      day = heading.day;
      continue;
    }
    if (RULE.test(line) || !day) continue;
    if (SECTION.test(line)) {
      day = undefined;
      continue;
    }
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
  const title = (host || placed ? full.slice(0, comma) : full)
    // ("Meeting with Sandra Gallina, Director-General of …": whom, not their post; "… Forum
    // organised by X": the event, not who organised it)
    .replace(/^((?:Meeting|Call|Lunch|Dinner|Breakfast)\s+with\s+[^,]+),\s.*$/i, '$1')
    .replace(/\s+(?:organi[sz]ed|hosted)\s+by\s+.*$/i, '');
  const kind = EVENT_NOUNS.find(([re]) => re.test(title))?.[1];
  // (a programme's own parts are no events of their own: "Coffee break (10:30)", "Keynote: …")
  if (NO_EVENT.test(line) || PART.test(title) || SENTENCE.test(title)) return undefined;
  if (title.split(/\s+/).length > 14) return undefined;
  // (a timed item names whom or what it is about: not "Swimming (10:00)", "Biology lab (11:15)")
  const end = start + line.length;
  const named = mentions.some((x) => x.start >= start && x.end <= end);
  if (!MEETING_NOUN.test(title) && !(TIME.test(m[2]!) && named)) return undefined;
  const city =
    (placed ? full.slice(comma + 2) : undefined) ??
    m[2]!
      .split(/,\s*|\s+\+\s+/)
      .map((p) => p.trim())
      .find((p) => isPlace(p, gaz));
  return {
    date: day,
    ...(kind ? { kind } : {}),
    noun: 'event',
    named: title,
    ...(city ? { city } : {}),
    ...(host ? { host, hostEvidence: line.trim() } : {}),
    about: subjectsWithin(mentions, { start, end }),
    evidence: line.trim(),
    span: { start, end },
    checks: ['an item of a diary of the days ahead: check that it took place, and its name'],
  };
}
