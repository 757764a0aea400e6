import { closeMatches } from './close-matches.js';
import { datasetNameFits } from './dataset-context.js';
import type { Gazetteer, Spelling } from './gazetteer.js';
import { joined, matchOf, writtenAsSpelled, type KnownMatch } from './known-match.js';
import nlp from 'compromise';
import { isPlainWord } from './person-cues.js';
import { opensSentence, type Token } from './tokens.js';

export type { KnownMatch } from './known-match.js';

/** Exact matches (longest first, left to right), then close ones in the words left over. */
export function findKnown(text: string, tokens: readonly Token[], gaz: Gazetteer): KnownMatch[] {
  const exact = exactMatches(text, tokens, gaz);
  const covered = new Set<number>();
  for (const m of exact) for (let t = m.first; t < m.last; t++) covered.add(t);
  const close = closeMatches(text, tokens, gaz, covered);
  return [...exact, ...close].sort((a, b) => a.start - b.start);
}

function exactMatches(text: string, tokens: readonly Token[], gaz: Gazetteer): KnownMatch[] {
  const out: KnownMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const hits = (gaz.byFirstWord.get(tokens[i]!.fold) ?? []).filter((s) =>
      spelledHere(text, tokens, i, s),
    );
    let longest = Math.max(0, ...hits.map((s) => s.words.length));
    const best = hits.filter((s) => s.words.length === longest);
    const careful = best.every((s) => s.entity.fromDataset && !s.entity.introducedHere);
    if (longest && careful && !datasetNameFits(text, tokens, i, longest)) longest = 0;
    // ("Translated from Portuguese.": a known one-word name that is an ordinary word, opening a
    // sentence, is that word)
    if (longest === 1 && opensSentence(text, tokens, i) && ordinaryWord(tokens[i]!.raw))
      longest = 0;
    if (!longest) {
      const initialled = withMiddleInitial(text, tokens, i, gaz);
      if (initialled) out.push(initialled);
      i += initialled ? 3 : 1;
      continue;
    }
    out.push(matchOf(text, tokens, i, i + longest, best, 0));
    i += longest;
  }
  return out;
}

/** A word of things or of doing ("Open", "Translated"), not a name ("Sanofi", "Lynkeus"). */
const ordinaryWord = (word: string): boolean =>
  /^\p{Lu}\p{Ll}+$/u.test(word) && (isPlainWord(word) || nlp(word.toLowerCase()).has('#Verb'));

/** "Alfons G. Hoekstra", "Viktor K. Jirsa": a known person's two names with an initial between. */
function withMiddleInitial(
  text: string,
  tokens: readonly Token[],
  i: number,
  gaz: Gazetteer,
): KnownMatch | undefined {
  const initial = tokens[i + 1];
  const last = tokens[i + 2];
  if (!initial || !last || !/^\p{Lu}$/u.test(initial.raw)) return undefined;
  if (
    text.slice(initial.end, last.start) !== '. ' ||
    text.slice(tokens[i]!.end, initial.start) !== ' '
  )
    return undefined;
  const hits = (gaz.byFirstWord.get(tokens[i]!.fold) ?? []).filter(
    (s) => s.entity.label === 'Person' && s.words.length === 2 && s.words[1] === last.fold,
  );
  return hits.length ? matchOf(text, tokens, i, i + 3, hits, 0) : undefined;
}

/** The words one space or " & " apart, at least one "&" among them. */
function ampersandJoined(text: string, tokens: readonly Token[], i: number, k: number): boolean {
  const gaps = tokens.slice(i + 1, i + k).map((t, n) => text.slice(tokens[i + n]!.end, t.start));
  return gaps.every((g) => g === ' ' || g === ' & ') && gaps.includes(' & ');
}

/**
 * "DG Connect" for "DG CONNECT": the first word in capitals as the acronym writes it, the words
 * after it (of four letters or more) in Title Case.
 */
function titledWords(tokens: readonly Token[], i: number, k: number, s: Spelling): boolean {
  const first = s.text.split(/\s+/)[0];
  if (k < 2 || tokens[i]!.raw !== first) return false;
  return tokens
    .slice(i + 1, i + k)
    .every((t) => t.raw.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(t.raw));
}

function spelledHere(text: string, tokens: readonly Token[], i: number, s: Spelling): boolean {
  const k = s.words.length;
  if (i + k > tokens.length) return false;
  for (let j = 0; j < k; j++) if (tokens[i + j]!.fold !== s.words[j]) return false;
  if (s.ampersand) return ampersandJoined(text, tokens, i, k) && tokens[i]!.cap;
  if (!joined(text, tokens, i, i + k) && !writtenAsSpelled(text, tokens, i, s)) return false;
  if (s.exactCase)
    return (
      text.slice(tokens[i]!.start, tokens[i + k - 1]!.end).replace(/[^\p{L}\p{N}]/gu, '') ===
        s.text.replace(/[^\p{L}\p{N}]/gu, '') || titledWords(tokens, i, k, s)
    );
  return s.entity.label === 'Topic' || tokens[i]!.cap;
}
