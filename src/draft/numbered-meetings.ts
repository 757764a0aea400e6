/**
 * A body's numbered meeting is an event: "4173rd Council meeting" over its configuration and its
 * day line ("Luxembourg, 16 June 2026"), "MEETING NOTES – 4th meeting" over "Date: Wed 11 Feb
 * 2026" and "Place: …, Leuven", "Minutes of the 3rd meeting (10 Dec 2025) approved".
 */
import { writtenDay } from './date-parts.js';
import { spelledAsInText } from './as-text-spells.js';
import type { EventFacts } from './event.js';
import type { Gazetteer } from './gazetteer.js';
import { isPlace } from './places.js';
import { linesOf, type Line } from './text-lines.js';

const NUMBERED = /\b(\d{1,5}(?:st|nd|rd|th))\s+((?:\p{Lu}[\p{L}-]*\s+){0,3})meeting\b/gu;
/** A heading's line: short, no sentence in it. */
const HEADING = /^[^.!?]{3,90}$/;
const DAY_LINE = /^\s*(?:(?:Date|Dates|When)\s*:|\p{Lu}[\p{L}' -]{1,30},\s+(?:\p{L}+,?\s+)?\d)/u;
/** The lines under a heading that may give its day and place. */
const BELOW = 6;
/** "(10 Dec 2025)" right after the meeting. */
const BRACKET_DAY = /^\s*\(([^()\n]{6,40})\)/;
/**
 * A heading that names the meeting's body after it: "28th MEETING OF THE eHEALTH NETWORK",
 * "Summary record – 12th meeting of the Steering Board".
 */
const HEADING_OF =
  /^[ \t]*(?:\p{Lu}[\p{L}\s]*[–—:-][ \t]*)?(\d{1,5}(?:st|nd|rd|th))[ \t]+(?:meeting|MEETING|Meeting)[ \t]+(?:of|OF)[ \t]+((?:the|THE)[ \t]+)?(\S[^\n.!?;:(),–—]{2,60}?)[ \t]*(?:(?:,|[ \t][–—-][ \t])[^\n]*)?$/u;
/** The page's own acronym in its first lines: "Working Group 2 … (WG2-DAS)". */
const PAGE_ACRONYM = /\((\p{Lu}[\p{Lu}\d-]{1,15})\)/u;

/** A line's city: one of its comma- or bracket-separated parts that is a place. */
function cityIn(line: string, gaz: Gazetteer): string | undefined {
  return line
    .replace(/^[^:]{1,20}:\s*/, '')
    .split(/[,;()]/)
    .map((p) => p.trim())
    .find((p) => p && isPlace(p, gaz));
}

/** The day and city of the heading's block: the first dated line below it. */
function belowHeading(lines: readonly Line[], k: number, gaz: Gazetteer) {
  const block = lines.slice(k + 1, k + 1 + BELOW).filter((l) => l.text.trim());
  // (a day line, "Luxembourg, 16 June 2026" or "Date: …", not "Posted 3 March 2026")
  const dated = block.find((l) => DAY_LINE.test(l.text) && writtenDay(l.text));
  if (!dated) return undefined;
  const place = block.find((l) => /^\s*(?:place|venue|location|where)\s*:/i.test(l.text));
  const city = cityIn(dated.text, gaz) ?? (place ? cityIn(place.text, gaz) : undefined);
  return { date: writtenDay(dated.text)!, ...(city ? { city } : {}) };
}

/**
 * A heading that is the meeting ("4173rd Council meeting", "MEETING NOTES – 4th meeting"), not a
 * paper's title that names one ("Minutes of the 27th meeting of the board", dated by its own line).
 */
function headingOf(line: Line, m: RegExpExecArray): boolean {
  const before = line.text.slice(0, m.index - line.start);
  // (the heading is the meeting, or a label and the meeting: not "Preparing for the 2nd meeting")
  return (
    /^\s*(?:\p{Lu}[\p{Lu}\s]*[–—:-]\s*)?$/u.test(before) &&
    HEADING.test(line.text.trim()) &&
    line.text.trimEnd().endsWith(m[0]) &&
    !/\bof\s+(?:the\s+)?$/i.test(before)
  );
}

function nameOf(text: string, ordinal: string, body: string, series?: string): string {
  if (body.trim()) return `${ordinal} ${body.trim()} meeting`;
  // (another meeting of the body whose meeting the page records: "the 27th meeting" in the 28th's)
  if (series) return `${ordinal} meeting of ${series}`;
  const acronym = PAGE_ACRONYM.exec(text.slice(0, 400))?.[1];
  return acronym ? `${acronym} ${ordinal} meeting` : `${ordinal} meeting`;
}

export interface NumberedMeeting {
  readonly facts: EventFacts;
  /** Named by a heading (the page's own meeting), not in a sentence. */
  readonly heading: boolean;
}

/** The numbered meetings a text dates, each once. */
export function numberedMeetings(text: string, gaz: Gazetteer): NumberedMeeting[] {
  const lines = linesOf(text);
  const out: NumberedMeeting[] = headedMeetings(text, lines, gaz);
  const series = out[0]?.facts.named?.replace(/^\S+ meeting of /, '');
  for (const m of text.matchAll(NUMBERED)) {
    const k = lines.findLastIndex((l) => l.start <= m.index);
    const line = lines[k]!;
    const bracket = BRACKET_DAY.exec(text.slice(m.index + m[0].length));
    const day = bracket ? writtenDay(bracket[1]!) : undefined;
    const found = day
      ? { date: day }
      : headingOf(line, m)
        ? belowHeading(lines, k, gaz)
        : undefined;
    if (!found) continue;
    // (not one of another body: "the 5th meeting (2 October 2025) of the Xt-EHR General Assembly",
    // "the Stakeholder Forum's 1st meeting")
    const rest = text.slice(m.index + m[0].length + (bracket?.[0].length ?? 0));
    const other =
      /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(rest) ||
      /['’]s\s+$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    const named = nameOf(text, m[1]!, m[2]!, other ? undefined : series);
    if (out.some((e) => e.facts.named === named)) continue;
    // (a bracket that is no day, "(hybrid)", leaves the heading's line the evidence)
    const evidence = day
      ? text.slice(m.index, m.index + m[0].length + bracket![0].length)
      : line.text.trim();
    const span = day
      ? { start: m.index, end: m.index + evidence.length }
      : { start: line.start, end: line.start + line.text.length };
    out.push({ facts: meetingFacts(found, named, evidence, span), heading: !day });
  }
  return out;
}

/** A numbered meeting's facts: its day and city, its name, the words that say it. */
const meetingFacts = (
  found: { date: string; city?: string },
  named: string,
  evidence: string,
  span: { start: number; end: number },
): EventFacts => ({
  ...found,
  kind: 'MEETING',
  noun: 'meeting',
  named,
  about: [],
  evidence,
  span,
  checks: ['a numbered meeting: check its day and place in the lines under it'],
});

/**
 * The meetings a heading names with their body ("28th MEETING OF THE eHEALTH NETWORK"), dated by
 * the lines under it ("Date: 27 November 2025"); the body as the text spells it elsewhere.
 */
function headedMeetings(text: string, lines: readonly Line[], gaz: Gazetteer): NumberedMeeting[] {
  const out: NumberedMeeting[] = [];
  lines.forEach((line, k) => {
    const m = HEADING_OF.exec(line.text);
    const found = m && belowHeading(lines, k, gaz);
    if (!m || !found) return;
    const body = spelledAsInText(text, m[3]!);
    const named = `${m[1]} meeting of ${m[2] ? 'the ' : ''}${body}`;
    const span = { start: line.start, end: line.start + line.text.length };
    out.push({ facts: meetingFacts(found, named, line.text.trim(), span), heading: true });
  });
  return out;
}

/** How far under a numbered meeting's heading its day and place lines go (characters). */
const HEADING_BLOCK = 300;

/**
 * A body's numbered meetings ("4173rd Council meeting") in their place: one takes the place of an
 * event found on its day, and a heading's that of the meeting the page's title names ("OUTCOME OF
 * THE COUNCIL MEETING" above it).
 */
export function withNumbered(
  out: EventFacts[],
  text: string,
  gaz: Gazetteer,
  meetings: readonly EventFacts[],
): EventFacts[] {
  const all = [...out];
  for (const { facts: n, heading } of numberedMeetings(text, gaz)) {
    // (the page's title line, not a sentence: "OUTCOME OF THE COUNCIL MEETING")
    const titled = (e: EventFacts) =>
      heading &&
      e.span.end <= n.span.start &&
      /\bmeeting\b/i.test(e.evidence) &&
      /^[^.!?\n]{3,90}$/.test(e.evidence.trim());
    // (the same day's meeting, an event the text does not name or one read from the heading's own
    // lines, its "Date:" line under it; not the "EHDS Forum 2026" of another sentence)
    const day = all.findIndex(
      (e) =>
        e.date === n.date &&
        (e.kind === 'MEETING' ||
          e.named === undefined ||
          (e.span.end > n.span.start && e.span.start < n.span.end + HEADING_BLOCK)),
    );
    const same = day >= 0 ? day : all.findIndex(titled);
    if (day >= 0) all[day] = { ...all[day]!, ...n, city: n.city ?? all[day]!.city };
    else if (same >= 0) all[same] = n;
    // (a heading's meeting above the events the page reports is the page's own)
    else if (n.span.start < (all[0]?.span.start ?? 0)) all.unshift(n);
    else all.push(n);
  }
  return [...all, ...meetings];
}
