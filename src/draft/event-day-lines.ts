/** Lines and sentences that give an event's day without naming it. */
import { EVENT_NOUN, EVENT_WORDS } from './event-words.js';
import type { Sentence } from './tokens.js';
import { paragraphStart } from './text-lines.js';

/**
 * "… where the X Summit enters its second and final day. … Yesterday's opening day drew …": a day
 * of the event the paragraph names before it (where the paragraph starts, else undefined).
 */
export function dayOfEvent(text: string, s: Sentence, own: string): number | undefined {
  if (!EVENT_DAY.test(own) || EVENT_WORDS.test(own)) return undefined;
  const start = paragraphStart(text, s.start);
  return EVENT_NOUN.test(text.slice(start, s.start)) ? start : undefined;
}
const EVENT_DAY =
  /(?:['’]s|\bits|\btheir)\s+(?:opening|closing|first|second|third|final|last)\s+day\b|\b(?:opening|closing)\s+day\b|\bday\s+(?:one|two|three)\b/i;

/** A heading over an event page's day: "WHEN", "Date and time". */
export const WHEN_HEADING = /^(?:when|dates?|date\s*(?:and|&)\s*time)$/i;
