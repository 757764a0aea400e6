/** One known entity found in a text, and how its words are told apart from the text around. */
import type { KnownEntity, Spelling } from './gazetteer.js';
import type { Token } from './tokens.js';

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

/** What may stand between two words of one name: a space, a hyphen, a dot, an apostrophe, a comma. */
const JOINER = /^(?:[ \t\-'’.&]{1,3}|, )$/; // (", ": "Committee on Industry, Research and Energy")

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

/**
 * The words written with the same marks between them as the known spelling itself has:
 * "Regulation (EU) 2025/327" as the graph writes it, brackets and slash included.
 */
export function writtenAsSpelled(
  text: string,
  tokens: readonly Token[],
  from: number,
  spelling: Spelling,
): boolean {
  const marks = spelling.text.split(/[\p{L}\p{N}]+/u).slice(1, -1);
  // (marks within one line: brackets, slashes, a space; never a tab or a line break)
  const tight = (m: string) => /^[ ()[\]/+:'’.,&–—-]{1,3}$/.test(m);
  if (marks.length !== spelling.words.length - 1 || !marks.every(tight)) return false;
  for (let t = from, j = 0; j < marks.length; t++, j++) {
    const next = tokens[t + 1];
    if (!next || text.slice(tokens[t]!.end, next.start) !== marks[j]) return false;
  }
  return true;
}

/**
 * The match of tokens [first, last) by these spellings: the text's own introduced acronym first,
 * then a curator's entity before a dataset's, a name before an alias; the others as alternatives.
 */
export function matchOf(
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
