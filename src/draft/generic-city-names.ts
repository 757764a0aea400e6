import { capWord } from './name-joins.js';
import type { Token } from './tokens.js';
import { COUNTRIES } from './vocabulary.js';

/** Words of a name that says only what a body is: "University Hospital", "Clinical Centre". */
const GENERIC_NAME = new Set(
  'university hospital clinical medical centre center general regional teaching clinic institute'.split(
    ' ',
  ),
);

/**
 * "University Hospital in Kraków", "University Clinical Centre in Gdańsk": a name of generic words
 * only (tokens i..j), then "in" and a city that completes it. The name's new end, or `j`. Not "a
 * university hospital in …", "the largest …", "no …", a country or "Ljubljana region".
 */
export function withGenericCity(
  text: string,
  tokens: readonly Token[],
  i: number,
  j: number,
): number {
  const city = tokens[j + 1];
  if (tokens[j]?.raw !== 'in' || !capWord(city) || COUNTRIES.has(city!.fold) || j - i < 2) return j;
  if (!tokens.slice(i, j).every((t) => GENERIC_NAME.has(t.fold))) return j;
  // (the name opens a line, a cell or an apposition, or follows "the", "of", "at")
  const before = text.slice(Math.max(0, tokens[i]!.start - 8), tokens[i]!.start);
  if (!/(?:^|[\n\t(]|,[ \t]*|\b(?:the|of|at|from|with|and)\s+)$/i.test(before)) return j;
  // (a place's name, not "Ljubljana region")
  const after = text.slice(city!.end, city!.end + 12);
  return /^(?:$|[ \t]*[,.;:()\n\t]|[ \t]+(?:and|will|is|was|has|had|to|on|for|said|says)\b)/.test(
    after,
  )
    ? j + 2
    : j;
}
