import { normaliseText } from '../../model/names/normalise.js';

/** At most this many words of a name go into its full-text query. */
const MAX_WORDS = 10;

/**
 * A Lucene query for the `entity_names` full-text index that finds the candidates of a name: every
 * word as written (lower-cased) and without accents, exactly and fuzzily, so the resolver's exact
 * and close-spelling rules can run over a few candidates instead of the whole graph. A name within
 * 2 edits of a name of several words shares a word within 1 edit (both edits in one word leave the
 * others exact), so only single-word names ask for 2 edits: fuzzy terms are the costly part.
 * Words are runs of letters and digits, so no Lucene syntax can reach the query. Undefined when
 * the name has no words.
 */
export function nameQuery(name: string): string | undefined {
  const asWritten = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const plain = normaliseText(name).split(' ').filter(Boolean);
  const words = [...new Set([...asWritten, ...plain])].slice(0, MAX_WORDS * 2);
  if (!words.length) return undefined;
  const edits = plain.length > 1 ? 1 : 2;
  return words
    .map((w) => {
      if (w.length >= 6) return `${w}^2 ${w}~${edits}`;
      if (w.length >= 3) return `${w}^2 ${w}~1`;
      return w;
    })
    .join(' ');
}

/** Prefix of an unknown id that candidate ids should share, for a "did you mean" hint. */
export function idPrefix(id: string): string {
  const colon = id.indexOf(':');
  return id.slice(0, colon + 1 + 2);
}
