/** Words beside an event's name that say the name is not this event's. */

/**
 * "their first meeting on 8 October, held alongside the project's General Assembly": the event
 * named after "held alongside", after the day, is another one beside it (not "A poster
 * exhibition was held alongside the X Summit on 12 May": the day is the summit's; nor "on the
 * sidelines of X": there).
 */
export function besideOther(
  found: { named?: string },
  sentence: string,
  dayAt: number,
): { named?: string } {
  if (found.named === undefined) return found;
  const at = sentence.indexOf(found.named);
  const beside = at > 0 && BESIDE.test(sentence.slice(Math.max(0, at - 60), at));
  return beside && dayAt >= 0 && dayAt < at ? {} : found;
}
const BESIDE = /\b(?:held\s+alongside|back-to-back\s+with)\s+(?:the\s+)?(?:[\p{L}-]+['’]s\s+)?$/iu;

/** "Cllr X, who chairs the Regional Health Forum West": a body someone chairs is no event. */
export const CHAIRED_BODY =
  /\b(?:chairs|heads|leads|directs|presides over|chair of|head of|president of)\s+the\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
