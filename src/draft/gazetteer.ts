import type { KnownEntity as IdentityEntity } from '../identity/known-entity.js';
import { datasetWords, type DatasetWords } from './dataset-spellings.js';
import { dropEntities, emptyIndex, indexEntity, layeredIndex } from './gazetteer-index.js';
import { UnionSet } from './layered-map.js';
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
  /** "AI in Health & Life Sciences" for "… Health and Life Sciences": each "and" written "&". */
  readonly ampersand?: boolean;
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
  /** People by their name's last folded word ("gallina"). */
  readonly bySurname: ReadonlyMap<string, readonly KnownEntity[]>;
  /** byName's keys by their length in characters (for near spellings). */
  readonly namesByLength: ReadonlyMap<number, readonly string[]>;
  readonly ids: ReadonlySet<string>;
  /** The datasets' shared spellings (never found) and rare words (a company's own name). */
  readonly datasetWords: DatasetWords;
}

/**
 * The known entity a whole name spells, by its name or else one of its aliases (not an acronym,
 * matched by case elsewhere): "AI in Health and Life Sciences" is the unit of that alias.
 */
export function knownSpelledAs(
  gaz: Gazetteer,
  name: string,
  accept: (e: KnownEntity) => boolean,
): KnownEntity | undefined {
  const words = foldedWords(name);
  const key = words.join(' ');
  return (
    gaz.byName.get(key)?.find(accept) ??
    gaz.byFirstWord
      .get(words[0] ?? '')
      ?.find((s) => !s.exactCase && s.words.join(' ') === key && accept(s.entity))?.entity
  );
}

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
  const index = emptyIndex();
  const words = datasetWords(entities, foldedWords);
  for (const entity of entities) indexEntity(index, entity, words);
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
    datasetWords: words,
  };
}

/**
 * The gazetteer with some entities added or replaced (same id): only theirs are indexed, over the
 * shared rest (a draft's introduced names on a graph of 50,000 names, without copying it).
 */
export function extendGazetteer(gaz: Gazetteer, changed: readonly KnownEntity[]): Gazetteer {
  if (!changed.length) return gaz;
  const byId = new Map(changed.map((e) => [e.id, e]));
  const gone = new Set(gaz.entities.filter((e) => byId.has(e.id)));
  const index = layeredIndex(gaz);
  if (gone.size) dropEntities(index, gone, gaz.datasetWords);
  for (const e of changed) indexEntity(index, e, gaz.datasetWords, true);
  const entities = [
    ...gaz.entities.map((e) => byId.get(e.id) ?? e),
    ...changed.filter((e) => !gaz.ids.has(e.id)),
  ];
  const ids = new UnionSet(
    gaz.ids,
    changed.map((e) => e.id),
  );
  return { ...gaz, ...index, entities, ids };
}

export const EMPTY_GAZETTEER = buildGazetteer([]);
