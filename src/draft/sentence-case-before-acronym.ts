import { isCommonWord, isGivenName, LEXICON } from './person-cues.js';
import type { Token } from './tokens.js';

/**
 * "Liberální občanská strana (LOS)", "Regiony a starostové (RaS)": a name in another language,
 * written in sentence case, whose words' initials are the acronym's letters, one a word, in order.
 * Its first word is capitalised, no given name, and opens the name (a line's or a clause's start
 * before it); none of its words is an English one (not "Data protection officer (DPO)").
 */
export function sentenceCaseBefore(
  text: string,
  tokens: readonly Token[],
  last: number,
  acronym: string,
): string | undefined {
  const letters = [...acronym];
  const first = last - letters.length + 1;
  if (letters.length < 2 || letters.length > 6 || first < 0 || !/^\p{L}+$/u.test(acronym))
    return undefined;
  const words = tokens.slice(first, last + 1);
  for (let k = 0; k < words.length; k++) {
    const gap = k ? text.slice(words[k - 1]!.end, words[k]!.start) : '';
    if ((k && gap !== ' ') || words[k]!.raw[0]!.toLowerCase() !== letters[k]!.toLowerCase())
      return undefined;
  }
  const opens = /(?:^|[\n,;:(])[ \t]*$/.test(text.slice(0, words[0]!.start));
  const english = words.some(
    (w) => w.raw.length > 2 && (LEXICON[w.fold] !== undefined || isCommonWord(w.raw)),
  );
  // (in sentence case: a word in small letters after the first; "Katarzyna Wróbel (KW)" is a person)
  const sentenceCase = words.slice(1).some((w) => !w.cap);
  if (!words[0]!.cap || !sentenceCase || !opens || english || isGivenName(words[0]!.raw))
    return undefined;
  return text.slice(words[0]!.start, words.at(-1)!.end);
}
