/**
 * Countries by name, demonym and capital, from the world-countries data set (mledoze/countries,
 * ODbL): "Portuguese" → Portugal, Lisbon → Portugal, Portugal → "Portuguese". Read once, on first use.
 */
import data, { type Countries } from 'world-countries';
import { normaliseText } from '../model/names/normalise.js';

// the package's types declare an ES default export; under Node its CommonJS main is the array itself
const countries = data as unknown as Countries;

interface Country {
  readonly name: string;
  readonly demonym: string;
}

interface Index {
  readonly byName: Map<string, Country>;
  readonly byDemonym: Map<string, Country>;
  readonly byCapital: Map<string, Country>;
  readonly byCode: Map<string, Country>;
}

const fold = normaliseText;

let index: Index | undefined;

function build(): Index {
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const byCapital = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  // the independent last, so "American" is the United States, not a territory of theirs
  const ordered = [...countries].sort((a, b) => Number(a.independent) - Number(b.independent));
  for (const c of ordered) {
    const country = { name: c.name.common, demonym: c.demonyms.eng?.m ?? c.name.common };
    for (const n of [c.name.common, c.name.official]) byName.set(fold(n), country);
    for (const d of [c.demonyms.eng?.m, c.demonyms.eng?.f]) if (d) byDemonym.set(fold(d), country);
    for (const city of c.capital) byCapital.set(fold(city), country);
    byCode.set(c.cca2, country);
  }
  // (the EU's own codes for two members: "EL" for Greece, "UK" as pages still write it)
  for (const [code, iso] of [
    ['EL', 'GR'],
    ['UK', 'GB'],
  ] as const)
    byCode.set(code, byCode.get(iso)!);
  return { byName, byDemonym, byCapital, byCode };
}

const get = (): Index => (index ??= build());

/** "Portugal", "Portuguese Republic" → Portugal. */
export const countryNamed = (name: string): Country | undefined => get().byName.get(fold(name));
/** "Portuguese", "FINNISH" → Portugal, Finland. */
export const countryOfDemonym = (word: string): Country | undefined =>
  get().byDemonym.get(fold(word));
/** "Lisbon" → Portugal (capitals only: the data set knows no other city). */
export const countryOfCapital = (city: string): Country | undefined =>
  get().byCapital.get(fold(city));
/** "BE", "DK" → Belgium, Denmark (ISO 3166 two-letter codes, and EL and UK as the EU writes them). */
export const countryOfCode = (code: string): Country | undefined => get().byCode.get(code);
