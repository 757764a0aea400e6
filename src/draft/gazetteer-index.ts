/**
 * The gazetteer's indexes of spellings, and how an entity's spellings are put in them: built once
 * for the graph's names, laid over (never copied) for a draft's own.
 */
import { organisationKey } from '../model/names/normalise.js';
import { datasetSpellingKept, type DatasetWords } from './dataset-spellings.js';
import type { Gazetteer, KnownEntity, Spelling } from './gazetteer.js';
import { LayeredMap } from './layered-map.js';
import { foldedWords } from './tokens.js';

/** What an index needs of a map: read (through layers) and write. */
interface IndexMap<K, V> {
  get(key: K): readonly V[] | undefined;
  set(key: K, value: readonly V[]): unknown;
}

export interface Index {
  byFirstWord: IndexMap<string, Spelling>;
  longByWords: IndexMap<number, Spelling>;
  byName: IndexMap<string, KnownEntity>;
  bySurname: IndexMap<string, KnownEntity>;
  namesByLength: IndexMap<number, string>;
}

export const emptyIndex = () => ({
  byFirstWord: new Map<string, Spelling[]>(),
  longByWords: new Map<number, Spelling[]>(),
  byName: new Map<string, KnownEntity[]>(),
  bySurname: new Map<string, KnownEntity[]>(),
  namesByLength: new Map<number, string[]>(),
});

/** Maps over the gazetteer's: reads fall through, writes stay on top. */
export const layeredIndex = (gaz: Gazetteer) => ({
  byFirstWord: new LayeredMap(gaz.byFirstWord),
  longByWords: new LayeredMap(gaz.longByWords),
  byName: new LayeredMap(gaz.byName),
  bySurname: new LayeredMap(gaz.bySurname),
  namesByLength: new LayeredMap(gaz.namesByLength),
});

/** Takes `gone` entities out of the lists that hold them (found by indexing them again aside). */
export function dropEntities(
  index: Index,
  gone: ReadonlySet<KnownEntity>,
  shared: DatasetWords,
): void {
  const aside = emptyIndex();
  for (const e of gone) indexEntity(aside, e, shared);
  const drop = <K, V>(map: IndexMap<K, V>, keys: Iterable<K>, of: (v: V) => KnownEntity) => {
    for (const k of keys)
      map.set(
        k,
        (map.get(k) ?? []).filter((v) => !gone.has(of(v))),
      );
  };
  drop(index.byFirstWord, aside.byFirstWord.keys(), (s) => s.entity);
  drop(index.longByWords, aside.longByWords.keys(), (s) => s.entity);
  drop(index.byName, aside.byName.keys(), (e) => e);
  drop(index.bySurname, aside.bySurname.keys(), (e) => e);
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

/**
 * Adds an entity's spellings; `copy` leaves the lists it extends untouched (they are shared). A
 * dataset's entity: only the spellings dataset-spellings.ts keeps, a single word capitals and all,
 * and no typo-tolerant matching.
 */
export function indexEntity(
  index: Index,
  entity: KnownEntity,
  shared: DatasetWords,
  copy = false,
): void {
  const add = <K, V>(map: IndexMap<K, V>, key: K, value: V) => {
    const list = map.get(key);
    if (list && !copy) (list as V[]).push(value);
    else map.set(key, [...(list ?? []), value]);
  };
  const careful = entity.fromDataset === true && !entity.introducedHere;
  const kept = (text: string, words: readonly string[], withoutForm = false) =>
    !careful || datasetSpellingKept(entity, text, words, shared, withoutForm);
  for (const variant of withoutLegalForm(entity, spellingsOf(entity)))
    if (kept(variant.text, variant.words, variant.text === organisationKey(entity.name)))
      add(index.byFirstWord, variant.words[0]!, variant);
  for (const text of spellingsOf(entity)) {
    const words = foldedWords(text);
    if (!words.length || !kept(text, words)) continue;
    const letters = words.join('').length;
    const exactCase =
      text === entity.acronym ||
      (isAllCaps(text) && letters <= 8) ||
      (careful && words.length === 1);
    const spelling = { entity, text, words, letters, exactCase, isName: text === entity.name };
    add(index.byFirstWord, words[0]!, spelling);
    // ("AI in Health & Life Sciences": the same name with "&" for "and", its words without it)
    const without = words.filter((w, k) => k === 0 || w !== 'and');
    if (!careful && without.length < words.length && without.length >= 3)
      add(index.byFirstWord, words[0]!, { ...spelling, words: without, ampersand: true });
    if (!careful && fuzzyMatchable(text, words, letters))
      add(index.longByWords, words.length, spelling);
    if (!spelling.isName) continue;
    const key = words.join(' ');
    add(index.byName, key, entity);
    add(index.namesByLength, key.length, key);
    if (entity.label === 'Person') add(index.bySurname, words.at(-1)!, entity);
  }
}

/** Its name, aliases and acronym; "THE EUROPEAN MEDICINES AGENCY" also without its "THE". */
function spellingsOf(entity: KnownEntity): Set<string> {
  const texts = new Set([entity.name, ...entity.aliases]);
  if (entity.acronym) texts.add(entity.acronym);
  const bare = /^the\s+(\S+\s+\S.*)$/i.exec(entity.name)?.[1];
  if (bare) texts.add(bare);
  // ("DG Communications Networks, Content and Technology": a Directorate-General by its subject)
  const dg = /^Directorate-General\s+(?:for\s+)?(\p{Lu}.{8,})$/u.exec(entity.name)?.[1];
  if (dg) texts.add(`DG ${dg}`);
  // ("the unit for artificial intelligence in health and life sciences": "AI" written out)
  for (const t of [...texts])
    if (/\bAI\b/.test(t) && t !== entity.acronym && /\s/.test(t))
      texts.add(t.replace(/\bAI\b/g, 'Artificial Intelligence'));
  return texts;
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
