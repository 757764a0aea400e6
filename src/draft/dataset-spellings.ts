/**
 * Which spellings of an entity a dataset created (CORDIS, the meetings register) a draft may find
 * in a text. A curated entity's names, aliases and acronyms were written by a curator; a dataset's
 * come as its source wrote them: CORDIS short names such as "University", "Executive Director",
 * "CEO", "EU" or "BARCELONA", project acronyms such as "IMPACT" shared by thirty projects. Found
 * as they are, they turn ordinary words, titles and places into organisations and projects.
 */
import { organisationKey } from '../model/names/normalise.js';
import { isLegalForm } from './legal-forms.js';
import {
  CITIES,
  COUNTRIES,
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
  CITIES.has(w) ||
  COUNTRIES.has(w) ||
  COMMON_ABBREVIATIONS.has(w) ||
  isLegalForm(w) ||
  /^\d+$/.test(w);

/** Written with a capital after its first letter: "HUS", "GÖG", "ParticipACTION", "BSC-CNS". */
const acronymLike = (text: string): boolean => /^\p{L}[\p{L}\p{N}-]*\p{Lu}/u.test(text.trim());

/**
 * A dataset entity's spelling (folded `words`) the draft may look for: one no other entity of a
 * dataset spells the same ("Ministry of Health" names a ministry of each country), with a word
 * that is no generic word; a single word only when written as an acronym (then matched capitals
 * and all) of three letters or more.
 */
export function datasetSpellingKept(
  text: string,
  words: readonly string[],
  shared: ReadonlySet<string>,
): boolean {
  if (shared.has(words.join(' ')) || !words.some((w) => !isGenericWord(w))) return false;
  return words.length > 1 || (acronymLike(text) && words[0]!.length >= 3);
}

interface Spelled {
  readonly fromDataset?: boolean;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronym?: string;
}

/** Spellings (folded words, joined) more than one dataset entity has: "impact", "ministry of health". */
export function sharedSpellings(
  entities: readonly Spelled[],
  fold: (text: string) => string[],
): Set<string> {
  const owners = new Map<string, number>();
  const shared = new Set<string>();
  entities.forEach((e, k) => {
    if (!e.fromDataset) return;
    const texts = [e.name, ...e.aliases, e.acronym ?? ''];
    // (and as found without its legal form: "Siemens Mobility" of its GmbH, Ltd and BV)
    const keys = new Set([...texts.map((t) => fold(t).join(' ')), ...texts.map(organisationKey)]);
    for (const key of keys) {
      if (!key) continue;
      const seen = owners.get(key);
      if (seen !== undefined && seen !== k) shared.add(key);
      else owners.set(key, k);
    }
  });
  return shared;
}
