import { isReportingVerb } from './vocabulary.js';

const AUXILIARY =
  /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were|does|did)$/;

/** "said", "presents" (a reporting verb, also in the present), "will": a verb, not a title. */
const isVerb = (word: string): boolean => {
  const w = word.toLowerCase();
  return AUXILIARY.test(w) || isReportingVerb(w);
};

/** ", at the inauguration of …", " at the opening of …": where the person was, not their job. */
const AT_EVENT =
  /(?:^|,?\s+)(?:at|during|for)\s+(?:the|this|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:inauguration|opening|launch|signing|ceremony|conference|summit|meeting|workshop|webinar|forum|symposium|congress|hearing|roundtable|event)\b/u;

/**
 * ", led the regulatory chapter", ", the visitors toured the new clinic", ", looked at how the
 * Commission's …": a small-letter past tense (after its subject) and its object.
 */
const PAST_VERB =
  /^,\s+(?:and\s+)?(?:(?:the|a|an|our|their)\s+\p{Ll}+\s+)?\p{Ll}+ed\s+(?:(?:the|a|an|his|her|their|its|this|these|our|it|them)\b|(?:at|on|into)\s+(?:how|what|why|whether)\b)/u;

/**
 * Where "X, <appositive>, said" ends: before a verb of saying, "who", the event the person was at,
 * a full stop, a semicolon or a line break that does not wrap the line.
 */
export function appositiveEnd(text: string, a0: number): number {
  const rest = text.slice(a0, a0 + 300);
  const stops = [sentenceStop(rest)];
  const atEvent = AT_EVENT.exec(rest);
  if (atEvent) stops.push(atEvent.index);
  for (const m of rest.matchAll(/,\s+(?:and\s+)?(\p{L}+)/gu)) {
    // ", said", ", who", ", will present …", ", led the chapter": the sentence's verb
    // (", which drafted it": a clause about the organisation just named; ", and our colleagues
    // from DG CNECT": the sentence goes on to others)
    const others = /\band\s/.test(m[0]) && /^(?:our|my|we|I|all|many|other|several)$/.test(m[1]!);
    if (
      isVerb(m[1]!) ||
      others ||
      /^(?:who|which|whose|where)$/.test(m[1]!) ||
      PAST_VERB.test(rest.slice(m.index)) ||
      /^,\s+\p{Ll}+ed\s*[.!?]/u.test(rest.slice(m.index)) // (", agreed.": the sentence's verb)
    ) {
      stops.push(m.index);
      break;
    }
  }
  return a0 + Math.min(...stops);
}

/** A line break inside a sentence: after "of", "the", "at"…, or before a word in small letters. */
const wraps = (rest: string, at: number): boolean =>
  /\b(?:of|the|at|and|for|in|to|on|de|di|du|van|von)[ \t]*$/.test(rest.slice(0, at)) ||
  /^\n[ \t]*\p{Ll}/u.test(rest.slice(at));

/** The first full stop (not one of "Sp. z o.o.", "Ltd.", "Dr."), semicolon, colon or line end. */
function sentenceStop(rest: string): number {
  for (const m of rest.matchAll(/[.;:!?](?:\s|$)|\n/g)) {
    // (a line of its own — "Name, Title, Organisation" — ends at its break; a hard-wrapped line
    // goes on: "professor at the⏎Lisbon Data Institute")
    if (m[0] === '\n' && wraps(rest, m.index)) continue;
    if (
      m[0].startsWith('.') &&
      /(?:^|[^\p{L}])(?:\p{Ll}{1,3}|\p{L}|Sp|Ltd|Inc|Co|Corp|Dr|St|Jr|Sr|Mr|Ms|Mrs)$/u.test(
        rest.slice(0, m.index),
      )
    )
      continue;
    return m.index;
  }
  return rest.length;
}
