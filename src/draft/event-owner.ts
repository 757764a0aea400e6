import type { Mention } from './mentions.js';

/**
 * "the PAEDTWIN consortium met … gathered … for the project's kick-off meeting": the project the
 * text named last before a sentence that speaks of "the project's" or "the consortium's" event; "our
 * kick-off": the project the text names most.
 */
const OWN_EVENT =
  /\b(?:the|our)\s+(?:project|consortium)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:kick-?off|meeting|assembly|workshop|conference|summit|symposium|webinar|launch|review)\b/iu;

const OUR_KICK_OFF = /\bour\s+(?:[\p{L}-]+\s+){0,2}?kick-?off\b/iu;

export function ownerOf(
  sentence: string,
  from: number,
  mentions: readonly Mention[],
): { owner?: Mention } {
  // ("our kick-off meeting in Valencia": the project the page speaks for, the one it names most)
  if (OUR_KICK_OFF.test(sentence)) {
    const counts = new Map<Mention['entity'], { n: number; m: Mention }>();
    for (const m of mentions.filter((x) => x.entity.label === 'Project'))
      counts.set(m.entity, { n: (counts.get(m.entity)?.n ?? 0) + 1, m });
    const most = [...counts.values()].sort((a, b) => b.n - a.n);
    if (most[0] && most[0].n >= 3 && most[0].n > (most[1]?.n ?? 0)) return { owner: most[0].m };
  }
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
