/** Romanised East Asian names: "Kim Min-jae", "Lee Seung-hoon", "Park Ji-yeon". */
import { gap } from './name-joins.js';
import type { Token } from './tokens.js';

/** A hyphen's suffix that makes a word, not a name's syllable: "Twin-based", "EU-funded". */
const WORD_SUFFIX =
  /^(?:led|based|free|wide|like|run|up|in|out|off|on|to|level|term|scale|side|back|end|old|new|day|year|time|owned|made|type|style)$/;

/**
 * "Kim Min-jae", "Lee Seung-hoon": a romanised given name's second syllable in small letters, after
 * the family name and the first syllable.
 */
export function romanisedSyllable(text: string, tokens: readonly Token[], j: number): boolean {
  const [family, first, t] = [tokens[j - 2], tokens[j - 1]!, tokens[j]!];
  return (
    family !== undefined &&
    family.cap &&
    gap(text, family, first) === ' ' &&
    first.cap &&
    first.raw.length <= 6 &&
    /^\p{Ll}{2,5}$/u.test(t.raw) &&
    !WORD_SUFFIX.test(t.raw)
  );
}
