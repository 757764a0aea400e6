import { referenceAuthors } from './citations.js';
import type { Gazetteer } from './gazetteer.js';
import { foldedWords, tokenAt, type Token } from './tokens.js';
import type { KnownWord } from './surnames.js';

/**
 * A reference list's authors the graph knows: "Ibáñez Lindgren S, Geris L, Viceconti M." — a
 * known person's surname, then the initial of their first name, one person only.
 */
export function knownAuthors(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  covered: Set<number>,
): KnownWord[] {
  return referenceAuthors(text).flatMap((a) => {
    const known = (gaz.bySurname.get(foldedWords(a.surname).at(-1) ?? '') ?? []).filter(
      (e) => e.label === 'Person' && e.name.startsWith(a.initials[0]!),
    );
    const first = tokenAt(tokens, a.start);
    const end = a.start + a.surname.length;
    const last = tokenAt(tokens, end - 1) + 1;
    if (known.length !== 1 || covered.has(first)) return [];
    for (let t = first; t < last; t++) covered.add(t);
    return [{ entity: known[0]!, written: a.surname, first, last, start: a.start, end }];
  });
}
