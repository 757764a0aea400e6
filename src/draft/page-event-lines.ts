/**
 * Lines and phrases of an event's page that the candidates read (sentence-candidate.ts): "Day 2
 * of the X", an event's date line, a media advisory's WHAT, a mail's header.
 */
import { namedIn } from './event-names.js';
import type { Sentence } from './tokens.js';

/** "Day 2 (and final day) of the EU Digital Health Twins Forum …": the event whose day it is. */
const DAY_OF =
  /\bDay\s+(?:\d{1,2}|one|two|three|four|five)\b[^.!?\n]{0,30}?\bof\s+(?:the\s+)?(?=\p{Lu})/iu;
export function dayOfNamed(sentence: string): string | undefined {
  const m = DAY_OF.exec(sentence);
  return m ? namedIn(sentence.slice(m.index + m[0].length)).named : undefined;
}
export const sameParagraph = (text: string, a: Sentence, b: Sentence): boolean =>
  !/\n[ \t]*\n/.test(text.slice(a.end, b.start));

/** An event's line: its hours, a weekday or its days ("Thursday 22 January 2026, 14:00–15:30"). */
export const EVENT_LINE =
  /\b\d{1,2}[:.]\d{2}\b|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|\d\s*[–-]\s*\d/;
/** "WHAT ¶ Official opening of the Unit, followed by …": the first clause under a WHAT heading. */
export function whatTitle(text: string): string | undefined {
  const m = /(?:^|\n)[ \t]*(?:WHAT|What)[ \t]*:?[ \t]*\n[ \t]*(\p{Lu}[^\n]{3,300})/u.exec(text);
  const clause = m?.[1]!.split(/,\s|\.\s|\.$|;/)[0]!.trim();
  // (not a description: "A one-and-a-half-day workshop where …")
  const described = !clause || /^(?:A|An|The|This|Our)\s/.test(clause);
  return !described && clause.split(/\s+/).length <= 14 ? clause : undefined;
}

/**
 * "Topic: EHDS meets Virtual Human Twins: …" among a page's first lines (a meeting's export, an
 * invitation): the event's own title.
 */
export function topicTitle(text: string): string | undefined {
  const lines = text.split('\n').slice(0, 15);
  // (a meeting tool's page: its export, invitation or registration; a page with a title of its own
  // keeps it: "EDITH Webinar #4: …" over "Topic: Regulatory science")
  if (!TOOL_PAGE.test(lines.find((l) => l.trim()) ?? '')) return undefined;
  return /^[ \t]*Topic[ \t]*:[ \t]*(\p{Lu}[^\n]{3,200}?)[ \t]*$/mu.exec(lines.join('\n'))?.[1];
}
const TOOL_PAGE =
  /\b(?:export|chat|transcript|invitation|registration|recording|meeting details|webinar details)\b/i;

/** A mail's header line: "From:", "Subject:" (its "Date:" is no event's). */
export const MAIL_HEADER = /^[ \t]*(?:From|Subject|To|Sent|Cc)[ \t]*:/im;
