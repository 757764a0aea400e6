/**
 * An event's line of facts, its parts between dots or bars: "TEDxGöteborg 2026 — "Mirrors" · 7
 * February 2026 · Svenska Mässan, Gothenburg, Sweden · 12 speakers". The first part names the event
 * (an edition's year or an event's noun in it), another is its full day, another holds its city.
 * On a page's first line, a trade fair's masthead: "DMEA – Connecting Digital Health | 21–23 April
 * 2026 | Messe Berlin", its name one the text names again ("this year's DMEA"), its days a span.
 */
import { writtenDay } from './date-parts.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { isPlace } from './places.js';
import { EVENT_NOUNS } from './vocabulary.js';
import { linesOf } from './text-lines.js';
import { subjectsWithin } from './event-subjects.js';

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
    const facts = factsOf(parts, line, start, mentions, gaz, text);
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
  text: string,
): EventFacts | undefined {
  const written = parts[0]!.replace(THEME, '').trim();
  const kind = EVENT_NOUNS.find(([re]) => re.test(written))?.[1];
  const span = spanOf(parts);
  // (a masthead's name, named again below: "DMEA – Connecting Digital Health" and "this year's DMEA")
  const short = /^(\p{Lu}[\p{L}\p{N}]+)\s+[–—-]\s/u.exec(written)?.[1];
  const masthead =
    start === text.search(/\S/) &&
    span !== undefined &&
    short !== undefined &&
    new RegExp(String.raw`\b${short}\b`, 'g').test(text.slice(line.length));
  const name = masthead ? `${short} ${span.date.slice(0, 4)}` : written;
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
  if (!date && !masthead) return undefined;
  // (or the last word of a venue's part: "Messe Berlin")
  const city = parts
    .slice(1)
    .flatMap((p) => [...p.split(/,\s*/), p.split(/\s+/).at(-1)!])
    .find((p) => isPlace(p, gaz));
  const end = start + line.length;
  return {
    ...(masthead ? span : { date: date! }),
    ...(kind ? { kind } : {}),
    noun: 'event',
    named: name,
    ...(city ? { city } : {}),
    about: subjectsWithin(mentions, { start, end }),
    evidence: line.trim(),
    span: { start, end },
    checks: [],
  };
}

/** "21–23 April 2026": the days a part spans. */
function spanOf(parts: readonly string[]): { date: string; endDate: string } | undefined {
  for (const p of parts.slice(1)) {
    const m = /^(\d{1,2})\s*[–-]\s*(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u.exec(p);
    const [from, to] = m
      ? [writtenDay(`${m[1]} ${m[3]} ${m[4]}`), writtenDay(`${m[2]} ${m[3]} ${m[4]}`)]
      : [];
    if (from && to) return { date: from, endDate: to };
  }
  return undefined;
}
