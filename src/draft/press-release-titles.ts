import type { SmallLetterWork } from './small-letter-documents.js';

/**
 * 'Correction to our press release of Tuesday 3 March 2026, "EU backs TwinRare: …"', 'the news
 * release “…”': a release's quoted headline, after its genre (and its day).
 */
const RELEASED = new RegExp(
  String.raw`\b(?:press|news|media)\s+release\s+(?:(?:of|dated|issued\s+on|from)\s+(?:\p{L}+day,?\s+)?\d{1,2}\s+\p{L}+\s+\d{4},?\s+|,\s*)?[“"]([^“”"\n]{12,250}?)[”"]`,
  'giu',
);

export function pressReleaseTitles(text: string): SmallLetterWork[] {
  return [...text.matchAll(RELEASED)].flatMap((m) => {
    const name = m[1]!.trim().replace(/[.,]$/, '');
    if (!/^\p{Lu}/u.test(name)) return [];
    const start = m.index + m[0].indexOf(m[1]!);
    return [{ name, kind: 'PRESS_RELEASE', head: 'release', start }];
  });
}
