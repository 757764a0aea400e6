/**
 * A name a heading writes in capitals, as the text writes it in ordinary case elsewhere:
 * "eHEALTH NETWORK" → "eHealth Network". One spelling for a name the text gives both ways.
 */
import { titleCase } from './dateline.js';
import { escapeRegExp } from './regex-escape.js';

/** The name has no word in ordinary case ("EHDS BOARD", "eHEALTH NETWORK"; not "EHDS Board"). */
export const inCapitals = (name: string): boolean =>
  !/\p{Ll}{2}/u.test(name.replace(/(?:^|\s)\p{Ll}(?=\p{Lu})/gu, ' '));

/** The text's own spelling of the name in ordinary case, if it has one. */
export function ordinarySpelling(text: string, name: string): string | undefined {
  if (!inCapitals(name)) return undefined;
  const words = name.split(/\s+/).map(escapeRegExp).join('\\s+');
  // (a name's spelling: its words capitalised but for small ones, "Network of …"; not a phrase
  // in prose, "a health data hub", nor part of a longer word, "Europe-wide")
  const ordinary = [
    ...text.matchAll(new RegExp(`(?<![\\p{L}\\d-])${words}(?![\\p{L}\\d-])`, 'giu')),
  ].find((o) => !inCapitals(o[0]) && capitalisedWords(o[0]));
  return ordinary?.[0].replace(/\s+/g, ' ');
}

/** The text's spelling, else each word in capitals title-cased ("eHEALTH" → "eHealth", "EHDS" kept). */
export const spelledAsInText = (text: string, name: string): string =>
  inCapitals(name)
    ? (ordinarySpelling(text, name) ?? name.split(/\s+/).map(recased).join(' '))
    : name;

const SMALL = /^(?:of|and|for|the|in|on|de|du|des|la|le|di|del|della|van|von|der|und|et|y|e)$/;
const capitalisedWords = (name: string): boolean =>
  name.split(/\s+/).every((w) => SMALL.test(w) || /^\p{Ll}?\p{Lu}/u.test(w));

const recased = (word: string): string =>
  /^\p{Ll}\p{Lu}{2,}$/u.test(word)
    ? word.slice(0, 2) + word.slice(2).toLowerCase()
    : titleCase(word);
