import { editDistance } from '../model/names/edit-distance.js';
import type { Gazetteer, KnownEntity, Spelling } from './gazetteer.js';
import type { Token } from './tokens.js';
import { STOP_WORDS } from './vocabulary.js';

/** A place in the text where the graph's names, aliases or acronyms find a known entity. */
export interface KnownMatch {
  readonly entity: KnownEntity;
  /** The span as the text writes it. */
  readonly written: string;
  readonly start: number;
  readonly end: number;
  /** Token range [first, last). */
  readonly first: number;
  readonly last: number;
  readonly how: 'name' | 'alias' | 'acronym' | 'close';
  /** Edit distance of a close (typo-tolerant) match; 0 otherwise. */
  readonly distance: number;
  /** Other entities the same words name (an ambiguous match). */
  readonly alternatives: readonly KnownEntity[];
}

const MAX_WORDS = 8;
/** What may stand between two words of one name: a space, a hyphen, a dot, an apostrophe. */
const JOINER = /^[ \t\-'’.&]{1,3}$/;

export const joined = (
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean => {
  for (let t = from; t + 1 < to; t++) {
    if (!JOINER.test(text.slice(tokens[t]!.end, tokens[t + 1]!.start))) return false;
  }
  return true;
};

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
    if (
      longest &&
      best.every((s) => s.entity.fromDataset) &&
      partOfLonger(text, tokens, i, longest)
    )
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

/** Lower-case words that go on with a name: "CHU de Liège", "Ministry of Health of Latvia". */
const GOES_ON = new Set('of de du des di da del della der für fur zur voor van'.split(' '));

/**
 * A dataset's name met inside a longer name: "Quantis" of "Quantis Health", "University of Vienna"
 * of "Medical University of Vienna", "AOK" of "AOK-Bundesverband", "CHU" of "CHU de Liège". The
 * text names another organisation.
 */
function partOfLonger(text: string, tokens: readonly Token[], i: number, k: number): boolean {
  const before = tokens[i - 1];
  const [last, after, next] = [tokens[i + k - 1]!, tokens[i + k], tokens[i + k + 1]];
  const nameWord = (t: Token | undefined) => t !== undefined && t.cap && !STOP_WORDS.has(t.fold);
  const gapAfter = after ? text.slice(last.end, after.start) : '';
  return (
    (nameWord(before) && text.slice(before!.end, tokens[i]!.start) === ' ') ||
    (nameWord(after) && (gapAfter === ' ' || gapAfter === '-')) ||
    (after !== undefined &&
      gapAfter === ' ' &&
      GOES_ON.has(after.raw) &&
      nameWord(next) &&
      text.slice(after.end, next!.start) === ' ')
  );
}

function spelledHere(text: string, tokens: readonly Token[], i: number, s: Spelling): boolean {
  const k = s.words.length;
  if (i + k > tokens.length) return false;
  for (let j = 0; j < k; j++) if (tokens[i + j]!.fold !== s.words[j]) return false;
  if (!joined(text, tokens, i, i + k)) return false;
  if (s.exactCase)
    return (
      text.slice(tokens[i]!.start, tokens[i + k - 1]!.end).replace(/[^\p{L}\p{N}]/gu, '') ===
      s.text.replace(/[^\p{L}\p{N}]/gu, '')
    );
  return s.entity.label === 'Topic' || tokens[i]!.cap;
}

function matchOf(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  spellings: readonly Spelling[],
  distance: number,
): KnownMatch {
  const byId = new Map<string, Spelling>();
  for (const s of spellings) {
    const seen = byId.get(s.entity.id);
    if (!seen || (s.isName && !seen.isName)) byId.set(s.entity.id, s);
  }
  // what the text introduces, then a curator's entity before a dataset's, a name before an alias
  const rank = (s: Spelling) =>
    (s.entity.introducedHere ? 4 : 0) + (s.entity.fromDataset ? 0 : 2) + (s.isName ? 1 : 0);
  const ranked = [...byId.values()].sort((a, b) => rank(b) - rank(a));
  const best = ranked[0]!;
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  const how = distance > 0 ? 'close' : best.isName ? 'name' : best.exactCase ? 'acronym' : 'alias';
  return {
    entity: best.entity,
    written: text.slice(start, end),
    start,
    end,
    first,
    last,
    how,
    distance,
    alternatives: ranked.slice(1).map((s) => s.entity),
  };
}

function closeMatches(
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
