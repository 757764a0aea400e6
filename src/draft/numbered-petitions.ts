import type { SmallLetterWork } from './small-letter-documents.js';

/**
 * A petition cited by its number, as Parliament registers it: "Petition No 0517/2025 by …",
 * "Petition 1234/2024". The first citation names it; a later one is the same petition.
 */
const PETITION = /\b[Pp]etition\s+(?:[Nn]o\.?\s*)?(\d{3,4}\/\d{4})\b/gu;

export function numberedPetitions(text: string): SmallLetterWork[] {
  const first = new Map<string, SmallLetterWork>();
  for (const m of text.matchAll(PETITION))
    if (!first.has(m[1]!))
      first.set(m[1]!, {
        name: m[0].charAt(0).toUpperCase() + m[0].slice(1),
        kind: 'MANIFESTO',
        head: 'petition',
        start: m.index,
      });
  return [...first.values()];
}
