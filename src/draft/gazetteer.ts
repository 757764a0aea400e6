import type { KnownEntity as IdentityEntity } from '../identity/known-entity.js';
import { organisationKey } from '../model/names/normalise.js';
import { datasetSpellingKept, sharedSpellings } from './dataset-spellings.js';
import { foldedWords } from './tokens.js';

/**
 * An entity the graph knows, as the draft may refer to it (identity's, whoever created it).
 * `fromDataset`: an import created it (CORDIS, the meetings register), not a curator: its names are
 * found more carefully (dataset-spellings.ts), and a curated entity's same spelling is preferred.
 */
export type KnownEntity = Omit<IdentityEntity, 'imported'> & {
  readonly fromDataset?: boolean;
  /** The text itself introduces it, or its acronym ("Full Name (ACR)"): in that text, it wins. */
  readonly introducedHere?: boolean;
};

/** One way to write a known entity: its name, an alias or its acronym, as folded words. */
export interface Spelling {
  readonly entity: KnownEntity;
  readonly text: string;
  readonly words: readonly string[];
  /** Folded characters without spaces: what "longer names" are measured by. */
  readonly letters: number;
  /** An acronym (or an all-capitals alias): matched only as written, capitals and all. */
  readonly exactCase: boolean;
  readonly isName: boolean;
}

export interface Gazetteer {
  readonly entities: readonly KnownEntity[];
  /** Spellings by their first folded word. */
  readonly byFirstWord: ReadonlyMap<string, readonly Spelling[]>;
  /** Spellings long enough for typo-tolerant matching, by word count. */
  readonly longByWords: ReadonlyMap<number, readonly Spelling[]>;
  /** Known cities (folded) → the city as stored and its country. */
  readonly places: ReadonlyMap<string, { city: string; country?: string }>;
  /** Known documents by each of their titles' folded words (titles of four words or more). */
  readonly documents: ReadonlyMap<string, KnownDocument>;
  /** Entities by their name's folded words joined ("european commission"). */
  readonly byName: ReadonlyMap<string, readonly KnownEntity[]>;
  readonly ids: ReadonlySet<string>;
  /** Spellings several dataset entities share (folded words, joined): never found as one of them. */
  readonly sharedSpellings: ReadonlySet<string>;
}

interface Index {
  byFirstWord: Map<string, Spelling[]>;
  longByWords: Map<number, Spelling[]>;
  byName: Map<string, KnownEntity[]>;
}

/** Spellings of at least this many letters are matched with typos (one edit, two from 12). */
export const FUZZY_MIN_LETTERS = 8;

const isAllCaps = (s: string): boolean => /^[\p{Lu}\p{N}\s&.-]+$/u.test(s) && /\p{Lu}/u.test(s);

/**
 * Typos are looked for in names of 8+ letters over two or more words ("Henna Virkunnen"), or one
 * word of 10+ ("Karolinksa"); never in capitals ("PLATFORMA" is not "Platforms").
 */
const fuzzyMatchable = (text: string, words: readonly string[], letters: number): boolean =>
  !isAllCaps(text) && letters >= FUZZY_MIN_LETTERS && (words.length > 1 || letters >= 10);

/** A title's folded words without a leading article: "A Roadmap for …" is "roadmap for …". */
export const titleKey = (title: string): string =>
  foldedWords(title)
    .join(' ')
    .replace(/^(?:a|an|the) /, '');

/** A document the graph has, with every title its sources give it. */
export interface KnownDocument {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
}

export function buildGazetteer(
  entities: readonly KnownEntity[],
  places: readonly { city: string; country?: string }[] = [],
  documents: readonly KnownDocument[] = [],
): Gazetteer {
  const index: Index = { byFirstWord: new Map(), longByWords: new Map(), byName: new Map() };
  const shared = sharedSpellings(entities, foldedWords);
  for (const entity of entities) indexEntity(index, entity, shared);
  const placeMap = new Map(places.map((p) => [foldedWords(p.city).join(' '), p]));
  const byTitle = new Map<string, KnownDocument>();
  for (const d of documents)
    for (const title of new Set([d.name, ...d.names])) {
      const key = titleKey(title);
      if (key.split(' ').length >= 4) byTitle.set(key, d); // not "Annual Activity Report"
    }
  return {
    entities,
    ...index,
    places: placeMap,
    documents: byTitle,
    ids: new Set(entities.map((e) => e.id)),
    sharedSpellings: shared,
  };
}

/**
 * The gazetteer with some entities added or replaced (same id): only theirs are indexed again, the
 * rest is shared (a draft's introduced names on a graph of 30,000 organisations).
 */
export function extendGazetteer(gaz: Gazetteer, changed: readonly KnownEntity[]): Gazetteer {
  if (!changed.length) return gaz;
  const byId = new Map(changed.map((e) => [e.id, e]));
  const old = gaz.entities.filter((e) => byId.has(e.id));
  const index: Index = {
    byFirstWord: new Map(gaz.byFirstWord as Map<string, Spelling[]>),
    longByWords: new Map(gaz.longByWords as Map<number, Spelling[]>),
    byName: new Map(gaz.byName as Map<string, KnownEntity[]>),
  };
  const gone = new Set(old);
  const without = <K, V>(map: Map<K, V[]>, of: (v: V) => KnownEntity) => {
    for (const [k, list] of map)
      if (list.some((v) => gone.has(of(v))))
        map.set(
          k,
          list.filter((v) => !gone.has(of(v))),
        );
  };
  if (gone.size) {
    without(index.byFirstWord, (s) => s.entity);
    without(index.longByWords, (s) => s.entity);
    without(index.byName, (e) => e);
  }
  for (const e of changed) indexEntity(index, e, gaz.sharedSpellings, true);
  const entities = [
    ...gaz.entities.map((e) => byId.get(e.id) ?? e),
    ...changed.filter((e) => !gaz.ids.has(e.id)),
  ];
  const ids = new Set(gaz.ids);
  for (const e of changed) ids.add(e.id);
  return { ...gaz, ...index, entities, ids };
}

/**
 * Adds an entity's spellings; `copy` leaves the lists it extends untouched (they are shared). A
 * dataset's entity: only the spellings dataset-spellings.ts keeps, a single word capitals and all,
 * and no typo-tolerant matching.
 */
function indexEntity(
  index: Index,
  entity: KnownEntity,
  sharedSpellings: ReadonlySet<string>,
  copy = false,
): void {
  const add = <K, V>(map: Map<K, V[]>, key: K, value: V) =>
    map.set(key, copy ? [...(map.get(key) ?? []), value] : push(map, key, value));
  const kept = (text: string, words: readonly string[]) =>
    !entity.fromDataset || datasetSpellingKept(text, words, sharedSpellings);
  const texts = new Set([entity.name, ...entity.aliases]);
  if (entity.acronym) texts.add(entity.acronym);
  // "THE EUROPEAN MEDICINES AGENCY" is found as "the European Medicines Agency"
  const bare = /^the\s+(\S+\s+\S.*)$/i.exec(entity.name)?.[1];
  if (bare) texts.add(bare);
  for (const variant of withoutLegalForm(entity, texts))
    if (kept(variant.text, variant.words)) add(index.byFirstWord, variant.words[0]!, variant);
  for (const text of texts) {
    const words = foldedWords(text);
    if (!words.length || !kept(text, words)) continue;
    const letters = words.join('').length;
    const exactCase =
      text === entity.acronym ||
      (isAllCaps(text) && letters <= 8) ||
      (entity.fromDataset === true && words.length === 1);
    const spelling = { entity, text, words, letters, exactCase, isName: text === entity.name };
    add(index.byFirstWord, words[0]!, spelling);
    if (!entity.fromDataset && fuzzyMatchable(text, words, letters))
      add(index.longByWords, words.length, spelling);
    if (spelling.isName) add(index.byName, words.join(' '), entity);
  }
}

/**
 * A registered organisation without its legal form, as texts name it: "SIEMENS HEALTHINEERS AG" is
 * found as "Siemens Healthineers" (capitalised in the text; six letters or two words at least).
 */
function withoutLegalForm(entity: KnownEntity, texts: ReadonlySet<string>): Spelling[] {
  if (entity.label !== 'Organisation') return [];
  const out: Spelling[] = [];
  for (const text of texts) {
    const key = organisationKey(text);
    const words = key.split(' ').filter(Boolean);
    const letters = words.join('').length;
    if (key === foldedWords(text).join(' ') || (words.length < 2 && letters < 6)) continue;
    out.push({ entity, text: key, words, letters, exactCase: false, isName: false });
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): V[] {
  const list = map.get(key);
  if (list) list.push(value);
  return list ?? [value];
}

export const EMPTY_GAZETTEER = buildGazetteer([]);
