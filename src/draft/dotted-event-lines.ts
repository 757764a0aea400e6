/**
 * An event's line of facts, its parts between dots or bars: "TEDxGöteborg 2026 — "Mirrors" · 7
 * February 2026 · Svenska Mässan, Gothenburg, Sweden · 12 speakers". The first part names the event
 * (an edition's year or an event's noun in it), another is its full day, another holds its city.
 */
import { writtenDay } from './date-parts.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { isPlace } from './places.js';
import { EVENT_NOUNS } from './vocabulary.js';
import { linesOf } from './text-lines.js';

const SEPARATOR = /[ \t]+[·•|][ \t]+/;
/** An edition's year in a name: "TEDxGöteborg 2026", "VPH2026". */
const EDITION = /(?:\s|\p{L})(?:19|20)\d{2}$/u;
/** A quoted theme after a dash: ' — "Speglar / Mirrors"'. */
const THEME = /\s+[—–-]\s+["“][^"”]*["”]\s*$/;

export function dottedEventLines(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts[] {
  const out: EventFacts[] = [];
  for (const { start, text: line } of linesOf(text)) {
    const parts = line.trim().split(SEPARATOR);
    if (parts.length < 3) continue;
    const facts = factsOf(parts, line, start, mentions, gaz);
    if (facts) out.push(facts);
  }
  return out;
}

function factsOf(
  parts: readonly string[],
  line: string,
  start: number,
  mentions: readonly Mention[],
  gaz: Gazetteer,
): EventFacts | undefined {
  const name = parts[0]!.replace(THEME, '').trim();
  const kind = EVENT_NOUNS.find(([re]) => re.test(name))?.[1];
  // (an event's noun of its kind: "Event report", a genre's label, names none)
  if (!EDITION.test(name) && !kind) return undefined;
  // (the day is a part of its own, written in full: "7 February 2026")
  const date = parts
    .slice(1)
    .map((p) =>
      /^\d{1,2}\s+\p{L}+\s+\d{4}$|^\p{L}+\s+\d{1,2},?\s+\d{4}$/u.test(p)
        ? writtenDay(p)
        : undefined,
    )
    .find(Boolean);
  if (!date) return undefined;
  const city = parts
    .slice(1)
    .flatMap((p) => p.split(/,\s*/))
    .find((p) => isPlace(p, gaz));
  const end = start + line.length;
  return {
    date,
    ...(kind ? { kind } : {}),
    noun: 'event',
    named: name,
    ...(city ? { city } : {}),
    about: mentions.filter(
      (m) =>
        m.start >= start &&
        m.end <= end &&
        ['Initiative', 'Project', 'Topic'].includes(m.entity.label),
    ),
    evidence: line.trim(),
    span: { start, end },
    checks: [],
  };
}
