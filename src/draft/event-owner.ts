import type { Mention } from './mentions.js';

/**
 * "the PAEDTWIN consortium met … gathered … for the project's kick-off meeting": the project the
 * text named last before a sentence that speaks of "the project's" or "the consortium's" event.
 */
const OWN_EVENT =
  /\b(?:the|our)\s+(?:project|consortium)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:kick-?off|meeting|assembly|workshop|conference|summit|symposium|webinar|launch|review)\b/iu;

export function ownerOf(
  sentence: string,
  from: number,
  mentions: readonly Mention[],
): { owner?: Mention } {
  // (its event: "the project's kick-off meeting", not "the project's coordinator … a conference")
  if (!OWN_EVENT.test(sentence)) return {};
  const owner = mentions
    .filter(
      (m) =>
        m.entity.label === 'Project' && m.end <= from + sentence.length && m.start > from - 800,
    )
    .at(-1);
  return owner ? { owner } : {};
}
