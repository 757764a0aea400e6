import { namedIn } from './event-names.js';
import type { Sentence } from './tokens.js';

/**
 * "The second VHT Community Days will be held in Bologna … The first edition, in Leuven in June
 * 2025, drew over 450 participants": an edition is another instance of the event a sentence
 * before names (the nearest); its name is that name with the edition's ordinal or year.
 */

const EDITION =
  /\b(?:the|its|our|their)\s+(first|second|third|fourth|fifth|inaugural|previous|last|(?:19|20)\d{2})\s+edition\b/i;

const PUBLICATION =
  /\b(?:report|survey|index|newsletter|magazine|book|guide|handbook|atlas|scoreboard|barometer|yearbook)\b/i;

export function editionName(
  text: string,
  sentences: readonly Sentence[],
  k: number,
): string | undefined {
  const s = sentences[k];
  if (!s) return undefined;
  const own = text.slice(s.start, s.end);
  // ("the 2026 edition of the State of the Digital Decade report": a publication's edition)
  if (/\bedition\s+of\b/i.test(own) || PUBLICATION.test(own)) return undefined;
  const which = EDITION.exec(own)?.[1];
  // (the nearest sentence before that names an event: the page's title, a paragraph above)
  const name = which && namedBefore(text, sentences, k);
  if (!name) return undefined;
  const bare = name
    .replace(/^.*?:\s+/, '') // "Twins in the Clinic: 4th European Conference on …": the series
    .replace(/\s+\([^)]*\)$/, '')
    .replace(/^(?:first|second|third|fourth|fifth|inaugural|\d+(?:st|nd|rd|th))\s+/i, '')
    .replace(/\s+(?:19|20)\d{2}$/, '');
  if (/^\d{4}$/.test(which)) return `${bare} ${which}`;
  if (/^(?:previous|last)$/i.test(which)) return bare;
  return `${which.charAt(0).toUpperCase()}${which.slice(1).toLowerCase()} ${bare}`;
}

function namedBefore(text: string, sentences: readonly Sentence[], k: number): string | undefined {
  for (let j = k - 1; j >= 0 && sentences[k]!.start - sentences[j]!.start < 3000; j--) {
    const named = namedIn(text.slice(sentences[j]!.start, sentences[j]!.end)).named;
    if (named) return named;
  }
  return undefined;
}
