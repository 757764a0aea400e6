import type { Gazetteer } from './gazetteer.js';
import { CITIES, COUNTRIES } from './vocabulary.js';

/** A place's folded name ("vienna", "bosnia and herzegovina"): a city, a country, or a known event's city. */
export const isPlaceName = (folded: string, gaz: Gazetteer): boolean =>
  CITIES.has(folded) || COUNTRIES.has(folded) || gaz.places.has(folded);
