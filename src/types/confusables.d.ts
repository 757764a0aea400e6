// confusables 1.1 ships no types; the one function used here.
declare module 'confusables' {
  /** The string with Unicode look-alikes (Cyrillic "а", Greek "ο"…) replaced by their Latin letters. */
  export function remove(text: string): string;
}
