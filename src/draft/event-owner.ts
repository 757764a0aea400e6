import type { Mention } from './mentions.js';

/**
 * "the PAEDTWIN consortium met … gathered … for the project's kick-off meeting": the project the
 * text named last before a sentence that speaks of "the project's" or "the consortium's" event.
 */
export function ownerOf(
  sentence: string,
  from: number,
  mentions: readonly Mention[],
): { owner?: Mention } {
  if (!/\b(?:the|our)\s+(?:project|consortium)['’]s\b/i.test(sentence)) return {};
  const owner = mentions
    .filter(
      (m) =>
        m.entity.label === 'Project' && m.end <= from + sentence.length && m.start > from - 800,
    )
    .at(-1);
  return owner ? { owner } : {};
}
