import { LEGAL_FORMS, legalNameKey, organisationKey } from '../model/names/normalise.js';
import { foldedWords } from './tokens.js';

/**
 * Legal forms as the draft reads them: the names toolkit's, and some it does not strip (UAB, OÜ,
 * SIA, gGmbH…). Those stay out of the toolkit: its keys give the meetings register's ids, and a
 * key that changes would duplicate a register's meetings on its next import.
 */
const MORE_FORMS = new Set(['uab', 'ou', 'sia', 'ggmbh', 'ehf', 'hf', 'bvba', 'sprl', 'eood']);

export const isLegalForm = (fold: string): boolean => LEGAL_FORMS.has(fold) || MORE_FORMS.has(fold);

/** How many of a name's last folded words are its legal form: "Medinor UAB" 1, "… S.à r.l." 4. */
export function legalFormWords(name: string): number {
  const words = foldedWords(name);
  // "Ana Ou", "Peter As": a surname, not a legal form written as companies write it ("OÜ", "AS")
  if (/\s\p{Lu}\p{Ll}$/u.test(name) && !/\sOy$/.test(name)) return 0;
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n);
    if ((n === 1 || tail.every((w) => w.length <= 3)) && isLegalForm(tail.join(''))) return n;
  }
  return 0;
}

export const hasLegalForm = (name: string): boolean =>
  organisationKey(name) !== legalNameKey(name) || legalFormWords(name) > 0;

/** The name's folded words without its legal form: "Medinor UAB" → ["medinor"]. */
export const withoutForm = (name: string): string[] => {
  const words = foldedWords(name);
  return words.slice(0, words.length - legalFormWords(name));
};
