import type { Gazetteer } from './gazetteer.js';
import { foldedWords } from './tokens.js';
import { CITIES, COUNTRIES } from './vocabulary.js';

/** A known city's or country's folded name ("vienna", "bosnia and herzegovina"), no gazetteer. */
export const isCityOrCountry = (folded: string): boolean =>
  CITIES.has(folded) || COUNTRIES.has(folded);

/** A known city or country as written ("Vienna", "Bosnia and Herzegovina"), folded here. */
export const namesCityOrCountry = (written: string): boolean =>
  isCityOrCountry(foldedWords(written).join(' '));

/** A place's folded name: a city, a country, or a known event's city. */
export const isPlaceName = (folded: string, gaz: Gazetteer): boolean =>
  isCityOrCountry(folded) || gaz.places.has(folded);

/** A place's name as written ("Vienna", "Bosnia and Herzegovina"), folded here. */
export const isPlace = (written: string, gaz: Gazetteer): boolean =>
  isPlaceName(foldedWords(written).join(' '), gaz);
