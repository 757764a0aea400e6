import type { Gazetteer } from './gazetteer.js';
import { foldedWords } from './tokens.js';
import { CITIES, COUNTRIES } from './vocabulary.js';

/** A place's folded name ("vienna", "bosnia and herzegovina"): a city, a country, or a known event's city. */
export const isPlaceName = (folded: string, gaz: Gazetteer): boolean =>
  CITIES.has(folded) || COUNTRIES.has(folded) || gaz.places.has(folded);

/** A place's name as written ("Vienna", "Bosnia and Herzegovina"), folded here. */
export const isPlace = (written: string, gaz: Gazetteer): boolean =>
  isPlaceName(foldedWords(written).join(' '), gaz);
