import { remove } from 'confusables';
import { normaliseText } from '../../model/names/normalise.js';

/**
 * A name as it looks: look-alike letters of other scripts (Cyrillic "е", Greek "Η") read as the
 * Latin ones, then normalised. Undefined when the name has no look-alikes (the usual case).
 */
export function lookAlikeSkeleton(name: string): string | undefined {
  const skeleton = normaliseText(remove(name));
  return skeleton && skeleton !== normaliseText(name) ? skeleton : undefined;
}
