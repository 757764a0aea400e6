/** Names the text shortens: "the Commission" for the one "European Commission"; a city's name. */
import type { Gazetteer } from './gazetteer.js';
import { oneWord, type KnownWord } from './surnames.js';
import type { Token } from './tokens.js';
import { CITIES, ORG_HEADS } from './vocabulary.js';

/**
 * "the Commission", "the Parliament's": one head word standing for the one known "European <W>"
 * (the way EU texts shorten their institutions' names).
 */
export function shortNames(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  covered: Set<number>,
): KnownWord[] {
  const out: KnownWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || !t.cap || !ORG_HEADS.has(t.fold) || nameGoesOn(text, tokens, i)) continue;
    if (!/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    const named = (gaz.byName.get(`european ${t.fold}`) ?? []).filter(
      (e) => e.label === 'Organisation',
    );
    if (named.length !== 1) continue;
    covered.add(i);
    out.push(oneWord(named[0]!, tokens, i));
  }
  return out;
}

/** The next word is a capital one of the same name ("the Commission Services"), not of the next clause. */
const nameGoesOn = (text: string, tokens: readonly Token[], i: number): boolean => {
  const next = tokens[i + 1];
  return next !== undefined && next.cap && /^\s+$/.test(text.slice(tokens[i]!.end, next.start));
};

/** A name of two words or more whose last is a city ("Charité Berlin") is no person's. */
export const endsWithCity = (
  tokens: readonly Token[],
  run: { first: number; last: number },
  gaz: Gazetteer,
): boolean => {
  const last = tokens[run.last - 1]!.fold;
  return run.last - run.first >= 2 && (CITIES.has(last) || gaz.places.has(last));
};
