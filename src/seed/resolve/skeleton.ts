import { remove } from 'confusables';
import { normalizeName } from './fuzzy.js';

/**
 * A name as it looks: look-alike letters of other scripts (Cyrillic "е", Greek "Η") read as the
 * Latin ones, then normalised. Undefined when the name has no look-alikes (the usual case).
 */
export function lookAlikeSkeleton(name: string): string | undefined {
  const skeleton = normalizeName(remove(name));
  return skeleton && skeleton !== normalizeName(name) ? skeleton : undefined;
}
