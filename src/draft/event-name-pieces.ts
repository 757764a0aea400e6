/** Proposed organisations that are an event's name, or pieces of one (assemble.ts). */
import type { DraftBuilder } from './draft-builder.js';
import { occurrences } from './masthead.js';
import { foldedWords } from './tokens.js';

/**
 * "Speech by X at the Digital Assembly 2026": a proposed organisation named as an event is it;
 * one written only inside an event's name ("Employment, Social Policy, Health and Consumer
 * Affairs Council") is a piece of it, unless the event meets it ("Visit to the company X").
 */
export function dropEventNames(
  builder: DraftBuilder,
  text: string,
  names: readonly string[],
): void {
  const keys = new Set(names.map((n) => foldedWords(n).join(' ')));
  const spans = names.flatMap((n) => occurrences(text, n).map((at) => [at, at + n.length]));
  const inside = (name: string) => {
    const found = occurrences(text, name);
    return (
      found.length > 0 &&
      found.every((at) => spans.some(([a, b]) => a! <= at && at + name.length <= b!))
    );
  };
  for (const e of [...builder.entities.values()])
    if (!e.known && e.label === 'Organisation' && !metIn(names, e.name))
      if (keys.has(foldedWords(e.name).join(' ')) || inside(e.name)) builder.withdraw(e);
}

/**
 * "Meeting with the X", "Visit to the company X", "… with representatives of X": the organisation
 * is whom the event meets.
 */
const metIn = (names: readonly string[], org: string): boolean =>
  names.some((n) => {
    const at = n.indexOf(org);
    return (
      at > 0 &&
      MEETING_NAME.test(n) &&
      /\b(?:with|to|of|from)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}$/u.test(n.slice(0, at))
    );
  });
/** A made-up meeting's name: "Meeting with …", "Working lunch with …", "Visit to …". */
const MEETING_NAME =
  /^(?:\S+\s+){0,2}(?:meeting|lunch|dinner|breakfast|visit|call|exchange\s+of\s+views|videoconference|reception)\b/i;
