import { normaliseText } from '../../src/model/names/normalise.js';

/** Case-, accent- and punctuation-insensitive form of a name or a statement's text (the loader's). */
export const fold = normaliseText;

/** The median of some numbers (0 for none). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
