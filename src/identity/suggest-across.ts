import type { Judgement } from './judgements.js';
import { pairKey } from './judgements.js';
import type { KnownEntity } from './known-entity.js';
import type { Label } from '../model/labels.js';
import { STOP_WORDS, words, type Similarity } from './similarity.js';
import {
  bestPerEntity,
  bestSimilarity,
  COMMON_WORD,
  suggestion,
  type Item,
  type Suggestion,
} from './suggestions.js';

/** A dataset's entity, as the suggester sees it. */
export interface AcrossItem {
  readonly id: string;
  readonly ref: string;
  readonly name: string;
  /** Every name it goes by (legal names, short names). */
  readonly names: readonly string[];
  readonly count: number;
  readonly note?: string;
}

/**
 * Pairs between a dataset's entities and the rest of the graph (curated entities, other
 * datasets' entities), never among the dataset's own records: two PICs are two legal entities.
 * Candidates share a word that is uncommon among the known entities, or one side's name is the
 * initials of the other's; `similarity` decides. Pairs with a judgement either way are left out.
 */
export function suggestAcross(
  label: Label,
  items: readonly AcrossItem[],
  known: readonly KnownEntity[],
  judgements: readonly Judgement[],
  keyOf: (name: string) => string,
  occurrence: string,
  /** Names this run links to known entities: they count as theirs already (a re-run is the same). */
  linkedNames: ReadonlyMap<string, readonly string[]> = new Map(),
): Suggestion[] {
  const linked = new Set(items.map((i) => i.id));
  const others: Item[] = known
    .filter((k) => k.label === label && !k.imported && !linked.has(k.id))
    .map((k) => ({
      id: k.id,
      ref: k.id,
      name: k.name,
      keys: [
        ...new Set(
          [
            k.name,
            ...k.aliases,
            ...(k.acronym ? [k.acronym] : []),
            ...(linkedNames.get(k.id) ?? []),
          ].map(keyOf),
        ),
      ],
      sides: [k.id],
      rows: 0,
      officials: new Set<string>(),
      curated: true,
    }));
  const index = tokenIndex(others);
  const judged = new Set(judgements.map((j) => pairKey(j.a, j.b)));
  const best = new Map<string, Suggestion[]>();
  for (const item of items) {
    const mine: Item = {
      id: item.id,
      ref: item.ref,
      name: item.name,
      keys: [...new Set(item.names.map(keyOf))],
      sides: [item.id, item.ref, ...item.names],
      rows: item.count,
      officials: new Set<string>(),
      curated: false,
      note: item.note,
    };
    for (const other of candidatesOf(mine, index, others)) {
      if (mine.sides.some((x) => judged.has(pairKey(x, other.id)))) continue;
      // An equal name that did not link (another legal form of one brand, a short name, a
      // project's acronym: names that are no identity) is a suggestion; a lone short acronym
      // ("ulei", "ohb") is too weak even for that.
      const same = mine.keys.some(
        (k) => (words(k).length > 1 || k.length >= 5) && other.keys.includes(k),
      );
      const sim = same
        ? { reason: 'SAME_NAME' as const, score: 0.9 }
        : bestSimilarity(mine, other, notShortAcronym);
      if (!sim) continue;
      const s = suggestion(label, mine, other, sim, occurrence);
      for (const x of [mine.id, other.id]) best.set(x, [...(best.get(x) ?? []), s]);
    }
  }
  return bestPerEntity(best);
}

/**
 * Lone acronyms of three letters or fewer are no evidence across datasets of thousands of names:
 * "ife", "apl" or "aim" stand for too many things (a sample of 50 suggestions had 16 such).
 */
const notShortAcronym = (s: Similarity, x: string, y: string): boolean => {
  const short = x.length <= y.length ? x : y;
  return s.reason !== 'ACRONYM' || short.includes(' ') || short.length >= 4;
};

const content = (key: string) => words(key).filter((w) => !STOP_WORDS.has(w));
const initials = (key: string) =>
  content(key)
    .map((w) => w[0])
    .join('');

/** Known entities by content word and by `^initials`. */
function tokenIndex(items: readonly Item[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const add = (token: string, i: number) => {
    const list = index.get(token) ?? [];
    if (list.at(-1) !== i) list.push(i);
    index.set(token, list);
  };
  items.forEach((item, i) => {
    for (const k of item.keys) {
      for (const w of content(k)) add(w, i);
      if (initials(k).length >= 2) add(`^${initials(k)}`, i);
    }
  });
  return index;
}

/** Known entities sharing an uncommon word with the item, or whose initials it is, or the reverse. */
function candidatesOf(item: Item, index: Map<string, number[]>, others: readonly Item[]): Item[] {
  const found = new Set<number>();
  const take = (token: string) => {
    const list = index.get(token) ?? [];
    if (list.length <= COMMON_WORD) for (const i of list) found.add(i);
  };
  for (const k of item.keys) {
    for (const w of content(k)) {
      take(w);
      take(`^${w}`);
    }
    if (initials(k).length >= 2) take(initials(k));
  }
  return [...found].map((i) => others[i]!);
}
