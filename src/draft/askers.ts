import { runOf } from './name-runs.js';
import { someCommon } from './person-cues.js';
import type { PersonRun } from './people.js';
import type { Token } from './tokens.js';

/**
 * A press briefing's transcript names who asks: "Q – Marek Zieliński, Zdrowie Europa: On the
 * EHDS …", "Question from Sophie Maréchal (Le Quotidien de la Santé): …". The name is a person's,
 * and what follows it, up to the colon, is the outlet they write for. Taken only in a text with
 * two such lines or more ("QUESTION (Mari Õunapuu, ERR News): …" too).
 */
const ASKER =
  /^[ \t]*(?:\*\*)?(?:Q|Question)(?:[ \t]+from)?[ \t]*[–—:.-]?[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){1,3})(?:[ \t]*\([^()\n]{1,30}\))?(?:,[ \t]*([^:\n()]{2,60})|[ \t]*\(([^:\n()]{2,60})\))[ \t]*(?:\*\*)?:/gmu;

/** "QUESTION (Mari Õunapuu, ERR News): …": the asker and the outlet in one bracket. */
const ASKER_BRACKETED =
  /^[ \t]*(?:\*\*)?(?:Q|Question|QUESTION)[ \t]*\((\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){1,3}),[ \t]*([^:\n()]{2,60})\)[ \t]*(?:\*\*)?:/gmu;

export interface Asker {
  readonly person: PersonRun;
  /** Where the outlet's name is. */
  readonly outlet: { readonly start: number; readonly end: number };
}

/** A text that says it records a briefing, a press conference or a transcript. */
const BRIEFING = /\b(?:transcripts?|briefing|press conference|verbatim)\b/i;

export function askers(text: string, tokens: readonly Token[]): Asker[] {
  // (not a FAQ's "Q – Data Permits, Member States: How long …?": a name of common words)
  const found = [...text.matchAll(ASKER), ...text.matchAll(ASKER_BRACKETED)].filter(
    (m) => !someCommon(m[1]!),
  );
  if (found.length < 2 || !BRIEFING.test(text.slice(0, 2000))) return [];
  return found.flatMap((m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.start >= start + m[1]!.length);
    const outletText = (m[2] ?? m[3])!.trim();
    const outletStart = m.index + m[0].lastIndexOf(outletText);
    if (first < 0 || last < 0) return [];
    return [
      {
        person: { ...runOf(text, tokens, first, last), why: 'asks a question in a transcript' },
        outlet: { start: outletStart, end: outletStart + outletText.length },
      },
    ];
  });
}
