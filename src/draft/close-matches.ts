/**
 * Known names written with a typo ("Henna Virkunnen", "Karolinksa"): the words exact matches left
 * over, against the curated spellings long enough to be told apart (never a dataset's).
 */
import { editDistance } from '../model/names/edit-distance.js';
import type { Gazetteer, Spelling } from './gazetteer.js';
import { joined, matchOf, type KnownMatch } from './known-match.js';
import type { Token } from './tokens.js';

const MAX_WORDS = 8;

export function closeMatches(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  covered: ReadonlySet<number>,
): KnownMatch[] {
  const out: KnownMatch[] = [];
  for (let i = 0; i < tokens.length;) {
    const found = bestCloseAt(text, tokens, gaz, covered, i);
    if (found) {
      out.push(found);
      i = found.last;
    } else i++;
  }
  return out;
}

function bestCloseAt(
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  covered: ReadonlySet<number>,
  i: number,
): KnownMatch | undefined {
  if (covered.has(i) || !tokens[i]!.cap) return undefined;
  for (let k = Math.min(MAX_WORDS, tokens.length - i); k >= 1; k--) {
    if (!joined(text, tokens, i, i + k) || !tokens[i + k - 1]!.cap) continue;
    if ([...Array(k).keys()].some((j) => covered.has(i + j))) continue;
    const words = tokens.slice(i, i + k).map((t) => t.fold);
    let best: Spelling[] = [];
    let bestDistance = Infinity;
    for (const s of gaz.longByWords.get(k) ?? []) {
      const d = closeDistance(words, s);
      if (d === undefined || d > bestDistance) continue;
      if (d < bestDistance) best = [];
      best.push(s);
      bestDistance = d;
    }
    if (best.length) return matchOf(text, tokens, i, i + k, best, bestDistance);
  }
  return undefined;
}

/** Distance of a close spelling (a typo, not another word: "Virkunnen", not "Commissioner"). */
export function closeDistance(words: readonly string[], s: Spelling): number | undefined {
  const letters = words.reduce((n, w) => n + w.length, 0);
  if (Math.abs(letters - s.letters) > 2) return undefined;
  if (words[0]![0] !== s.words[0]![0] && words.at(-1)![0] !== s.words.at(-1)![0]) return undefined;
  let total = 0;
  for (let j = 0; j < words.length; j++) {
    const a = words[j]!;
    const b = s.words[j]!;
    if (a === b) continue;
    if (Math.min(a.length, b.length) < 4 || anotherForm(a, b)) return undefined;
    const d = editDistance(a, b, 2);
    if (d > (Math.min(a.length, b.length) >= 9 ? 2 : 1)) return undefined;
    total += d;
  }
  const allowed = s.letters >= 12 ? 2 : 1;
  return total > 0 && total <= allowed ? total : undefined;
}

/** "Commissioner" for "Commission", "Platforms" for "Platform": another word, not a typo. */
function anotherForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short)) return false;
  const extra = long.slice(short.length);
  return extra.length >= 2 || extra === 's';
}
