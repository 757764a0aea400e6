/**
 * A letter (a note, a circular) named by its sender, its date and its subject: "the letter of the
 * Ministry of Health of 4 November 2025 on the designation of health data access bodies". The
 * three together name one paper; the name is the phrase from "Letter", its subject to the clause's
 * end. A reply names it without its sender: "Your letter of 11 December 2025 on the use of …".
 */
import type { SmallLetterWork } from './small-letter-documents.js';

const SENDER = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’-]*))*?`;
const DATE = String.raw`\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}`;
/** The main clause's verb after the subject: "… remains relevant", "… and urged", "… was leaked". */
const VERB = String.raw`(?:is|are|was|were|has|have|had|will|would|remains?|remained|urged?|urges|calls?|called|asks?|asked|says?|said|states?|stated|shows?|showed|stressed|noted|added|sets?|makes?|made|gives?|gave|leaked)`;
const DATED_LETTER = new RegExp(
  String.raw`(?<!\b(?:took|take|takes|taking)\s)\b([Ll]etter|[Nn]ote|[Cc]ircular|[Cc]ommunication)\s+(?:of\s+${SENDER}\s+)?of\s+${DATE}\s+(?:on|concerning|regarding|about)\s+[^\n();"“]{3,120}?(?=\s*(?:[\n();"“]|[.,](?:\s|$)|\s+(?:and\s+)?${VERB}\b|$))`,
  'gu',
);

export function datedLetters(text: string): SmallLetterWork[] {
  // (a subject cut at a small word before a quote, "… on the "…"", is no subject)
  const whole = [...text.matchAll(DATED_LETTER)].filter(
    (m) => !/\s(?:the|a|an|of|on|for|to|and|in)$/.test(m[0]),
  );
  return whole.map((m) => ({
    name: m[0].charAt(0).toUpperCase() + m[0].slice(1),
    kind: 'REPORT',
    head: m[1]!.toLowerCase(),
    start: m.index,
  }));
}
