/**
 * A visit's programme: under a day's heading ("TUESDAY 10 MARCH"), a timed line says where the
 * visitors go ("09:30–11:00 European Commission, DG SANTE – Unit C.1 …") and a "Host:" line under
 * it who receives them, or a line says "Meeting with …". Each such block is a meeting of that day,
 * with whom they meet; a block marked "tbc" is not (yet) one.
 */
import { headingDay } from './date-parts.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import { isOrgLike, type Mention } from './mentions.js';
import { isPlace } from './places.js';
import { linesOf } from './text-lines.js';
import { PROGRAMME_PART } from './vocabulary.js';

const TIMED = /^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[–-][ \t]*\d{1,2}[:.]\d{2})?[ \t]+(\S[^\n]*)$/;
const HOST_LINE = /^[ \t]*Hosts?[ \t]*:/;
const MEETING_WITH = /^[ \t]*(?:[–-][ \t]*)?(Meeting with[^\n]*)$/;
const UNCONFIRMED = /\(?\btbc\b\)?|\bto be confirmed\b/i;
/** A programme's own parts, not a host's meeting: "Opening session", "Dinner", "Webinar: …". */
const SESSION = new RegExp(
  String.raw`^(?:(?:Opening|Closing|Plenary|Parallel|Working|Breakout)\s+)?(?:${PROGRAMME_PART}|webinar|reception|workshop|debriefing|tour|visit\s+to\s+the\s+exhibition)\b`,
  'i',
);
/** A visit's page: a delegation's programme, a study visit, a mission. */
const VISIT = /\b(?:study\s+visit|delegation|visit(?:ors|ing)?|mission|study\s+tour)\b/i;
/** A part of a line that says where, not whom: an address, a building, a room. */
const ADDRESS =
  /(?<![.\p{L}])\d|\b(?:building|room|Avenue|Rue|Place|Chaussée|Square|Boulevard|Straat|Street|hotel)\b/iu;

interface Block {
  readonly lines: readonly { text: string; start: number }[];
  readonly day: string;
}

export function hostedBlocks(
  text: string,
  mentions: readonly Mention[],
  gaz: Gazetteer,
  year: number | undefined,
): EventFacts[] {
  if (!VISIT.test(text.slice(0, 3000))) return [];
  return blocksOf(text, year).flatMap((b) => meetingOf(b, mentions, gaz) ?? []);
}

/** A block's meeting: a "Meeting with …" line, or a "Host:" line under a line naming whom. */
function meetingOf(b: Block, mentions: readonly Mention[], gaz: Gazetteer) {
  const [head, ...rest] = b.lines;
  const timed = TIMED.exec(head!.text)![1]!;
  const withLine = rest.find((l) => MEETING_WITH.test(l.text));
  const hosted = rest.some((l) => HOST_LINE.test(l.text));
  if ((!withLine && !hosted) || b.lines.some((l) => UNCONFIRMED.test(l.text))) return undefined;
  const { whom, city } = placesOf(timed, gaz);
  if (!withLine && (SESSION.test(timed) || !whom.length)) return undefined;
  const start = head!.start + head!.text.indexOf(timed);
  const end = b.lines.at(-1)!.start + b.lines.at(-1)!.text.length;
  const host = mentions
    .filter((m) => isOrgLike(m) && m.start >= start && m.end <= start + timed.length)
    .at(-1);
  const facts: EventFacts = {
    date: b.day,
    kind: 'MEETING',
    noun: 'meeting',
    named: withLine ? withWhom(withLine.text) : `Meeting with ${whom.join(', ')}`,
    ...(city ? { city } : {}),
    ...(host && !withLine ? { host, hostEvidence: timed } : {}),
    about: mentions.filter(
      (m) => m.start >= start && m.end <= end && ABOUT.includes(m.entity.label),
    ),
    evidence: head!.text.trim(),
    span: { start, end },
    checks: ['a programme’s meeting: check whom the visitors met, and its name'],
  };
  return facts;
}

const ABOUT = ['Initiative', 'Project', 'Topic'];

/** A timed line's parts: whom the visitors meet (not an address, not a place) and the city. */
function placesOf(timed: string, gaz: Gazetteer) {
  const parts = timed.replace(/\s*\([^)]*\)/g, '').split(/,\s+/);
  const place = (p: string) => isPlace(p, gaz);
  return {
    whom: parts.filter((p) => !ADDRESS.test(p) && !place(p)),
    city: parts.find(place),
  };
}

/** "– Meeting with Dr X, Head of Unit" → "Meeting with X". */
function withWhom(line: string): string {
  return MEETING_WITH.exec(line)![1]!
    .split(/,\s+/)[0]!
    .replace(/\b(?:Mr|Ms|Mrs|Dr)\.?\s+/, '');
}

/** The programme's timed blocks, each with the day of the heading above it. */
function blocksOf(text: string, year: number | undefined): Block[] {
  const blocks: { lines: { text: string; start: number }[]; day: string }[] = [];
  let day: string | undefined;
  let current: (typeof blocks)[number] | undefined;
  for (const { start, text: line } of linesOf(text)) {
    const heading = headingDay(line, year);
    if (heading) {
      day = heading.day;
      current = undefined;
      continue;
    }
    if (!line.trim()) {
      current = undefined;
      continue;
    }
    if (day && TIMED.test(line)) blocks.push((current = { lines: [{ text: line, start }], day }));
    else current?.lines.push({ text: line, start });
  }
  return blocks;
}
