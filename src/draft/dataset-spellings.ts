/**
 * Which spellings of an entity a dataset created (CORDIS, the meetings register) a draft may find
 * in a text. A curated entity's names, aliases and acronyms were written by a curator; a dataset's
 * come as its source wrote them: CORDIS short names such as "University", "Executive Director",
 * "CEO", "EU" or "BARCELONA", project acronyms such as "IMPACT" shared by thirty projects. Found
 * as they are, they turn ordinary words, titles and places into organisations and projects.
 */
import { organisationKey } from '../model/names/normalise.js';
import { isLegalForm } from './legal-forms.js';
import { isCityOrCountry } from './places.js';
import {
  ORG_CONNECTORS,
  ORG_WORDS,
  PERSONAL_TITLES,
  ROLE_WORDS,
  STOP_WORDS,
} from './vocabulary.js';

/** Abbreviations that name no single organisation: time zones, degrees, fields, kinds of body. */
const COMMON_ABBREVIATIONS = new Set(
  `eu ec un uk us usa cet cest utc gmt eet phd md mba msc bsc ai ml it ict iot hpc rd hr pr faq pdf
  url api sme smes ngo ngos kpi gdp eur usd ceo cto cfo coo cmo cso cio ehr emr`.split(/\s+/),
);

/** A word that says what a name is, or who, but not which: "University", "Executive", "of". */
export const isGenericWord = (w: string): boolean =>
  ORG_WORDS.has(w) ||
  ROLE_WORDS.has(w) ||
  ORG_CONNECTORS.has(w) ||
  STOP_WORDS.has(w) ||
  PERSONAL_TITLES.has(w) ||
  isCityOrCountry(w) ||
  COMMON_ABBREVIATIONS.has(w) ||
  isLegalForm(w) ||
  /^\d+$/.test(w);

/** Written with a capital after its first letter: "HUS", "GÖG", "ParticipACTION", "BSC-CNS". */
const acronymLike = (text: string): boolean => /^\p{L}[\p{L}\p{N}-]*\p{Lu}/u.test(text.trim());

/** What the datasets' names say about their words, for telling a name from a common word. */
export interface DatasetWords {
  /**
   * Each spelling (folded words, joined) one dataset entity alone has: by its name first ("Siemens
   * Healthineers" is SIEMENS HEALTHINEERS AG's, not its Dutch subsidiary's alias), else by an alias.
   * A spelling several have ("IMPACT", "Ministry of Health") has none.
   */
  readonly owner: ReadonlyMap<string, string | null>;
  /** How many dataset entities' names have each word: "sanofi" 1, "science" 228. */
  readonly namesWith: ReadonlyMap<string, number>;
}

/** A word in this many names at most is a name's own (not "Open", "Science", "Energy"). */
const DISTINCT_IN = 30;

/**
 * A dataset entity's spelling (folded `words`) the draft may look for: one it alone has (see
 * `owner`), with a word that is no generic word; a single word only when written as an acronym
 * (then matched capitals and all) of three letters or more, or a company's name without its legal
 * form that hardly any other name has a word of ("SANOFI SA" as "Sanofi", not "DIGITAL SA"); a
 * shorter spelling of several words only with a word few names have (not "Open Science").
 */
export function datasetSpellingKept(
  entity: { readonly id: string; readonly name: string },
  text: string,
  words: readonly string[],
  known: DatasetWords,
  withoutForm = false,
): boolean {
  const owner = known.owner.get(words.join(' '));
  if (owner !== undefined && owner !== entity.id) return false;
  if (!words.some((w) => !isGenericWord(w))) return false;
  const seen = (w: string) => known.namesWith.get(w) ?? 0;
  // a short name or alias of common words ("Open Science") is no name of its own
  if (words.length > 1) return text === entity.name || words.some((w) => seen(w) <= DISTINCT_IN);
  const word = words[0]!;
  if (withoutForm && word.length >= 5 && seen(word) <= 2) return true;
  return acronymLike(text) && word.length >= 3;
}

interface Spelled {
  readonly id: string;
  readonly fromDataset?: boolean;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronym?: string;
}

/** Who owns each spelling of the datasets' names, and which of their words are rare. */
export function datasetWords(
  entities: readonly Spelled[],
  fold: (text: string) => string[],
): DatasetWords {
  const of = (e: Spelled) => e.fromDataset === true;
  // (each also as found without its legal form: "Siemens Mobility" of its GmbH, Ltd and BV)
  const keys = (texts: string[]) =>
    new Set([...texts.map((t) => fold(t).join(' ')), ...texts.map(organisationKey)]);
  const byName = owners(entities.filter(of), (e) => keys([e.name]));
  const byAlias = owners(entities.filter(of), (e) => keys([...e.aliases, e.acronym ?? '']));
  const owner = new Map(byAlias);
  for (const [key, id] of byName) owner.set(key, id);
  const namesWith = new Map<string, number>();
  for (const e of entities.filter(of))
    for (const w of new Set(fold(e.name))) namesWith.set(w, (namesWith.get(w) ?? 0) + 1);
  return { owner, namesWith };
}

/** key → the one entity whose keys include it, or null when several do. */
function owners(
  entities: readonly Spelled[],
  keysOf: (e: Spelled) => Set<string>,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const e of entities)
    for (const key of keysOf(e)) {
      if (!key) continue;
      const seen = out.get(key);
      out.set(key, seen === undefined || seen === e.id ? e.id : null);
    }
  return out;
}
