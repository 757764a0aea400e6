/** The country a text is written from: its dateline's, or the country whose capital the dateline names. */
import { countryNamed, countryOfCapital } from './countries.js';
import type { Dateline } from './dateline.js';
import type { Gazetteer } from './gazetteer.js';
import { foldedWords } from './tokens.js';

export function textCountry(dateline: Dateline | undefined, gaz: Gazetteer): string | undefined {
  if (!dateline) return undefined;
  if (dateline.country) return countryNamed(dateline.country)?.name ?? dateline.country;
  return (
    countryOfCapital(dateline.city)?.name ??
    gaz.places.get(foldedWords(dateline.city).join(' '))?.country
  );
}
