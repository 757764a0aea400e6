import { namedIn } from './event-names.js';
import type { Sentence } from './tokens.js';

/**
 * "The second VHT Community Days will be held in Bologna … The first edition, in Leuven in June
 * 2025, drew over 450 participants": an edition is another instance of the event the sentence
 * before names; its name is that name with the edition's ordinal or year.
 */

const EDITION =
  /\b(?:the|its|our|their)\s+(first|second|third|fourth|fifth|inaugural|previous|last|(?:19|20)\d{2})\s+edition\b/i;

export function editionName(
  text: string,
  sentences: readonly Sentence[],
  k: number,
): string | undefined {
  const s = sentences[k];
  const prev = sentences[k - 1];
  if (!s || !prev) return undefined;
  const which = EDITION.exec(text.slice(s.start, s.end))?.[1];
  const name = which && namedIn(text.slice(prev.start, prev.end)).named;
  if (!name) return undefined;
  const bare = name
    .replace(/^(?:first|second|third|fourth|fifth|inaugural|\d+(?:st|nd|rd|th))\s+/i, '')
    .replace(/\s+(?:19|20)\d{2}$/, '');
  if (/^\d{4}$/.test(which)) return `${bare} ${which}`;
  if (/^(?:previous|last)$/i.test(which)) return bare;
  return `${which.charAt(0).toUpperCase()}${which.slice(1).toLowerCase()} ${bare}`;
}
