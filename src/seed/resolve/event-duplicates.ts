import { normaliseText } from '../../model/names/normalise.js';
import type { NameIndex, NamedEntity } from '../../identity/name-index.js';

const DAY_MS = 86_400_000;

/** Days between two dates (YYYY-MM-DD, or the first day of YYYY-MM / YYYY). */
function daysApart(a: string, b: string): number {
  const day = (d: string) => Date.parse(`${d}${'-01'.repeat(3 - d.split('-').length)}`);
  return Math.abs(day(a) - day(b)) / DAY_MS;
}

/** Words of three letters or more, without accents or case. */
const words = (name: string) =>
  new Set(
    normaliseText(name)
      .split(' ')
      .filter((w) => w.length >= 3),
  );

/** Share of the shorter name's words that the other name has too. */
function overlap(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (!small.size) return 0;
  return [...small].filter((w) => large.has(w)).length / small.size;
}

/**
 * Another id for a known event: an event on the same day in the same city, or within a day with a
 * similar name (half the words of the shorter name, or a close spelling). The first found, if any.
 */
export function eventLookAlike(index: NameIndex, event: NamedEntity): NamedEntity | undefined {
  if (!event.date) return undefined;
  const city = event.city ? normaliseText(event.city) : undefined;
  const close = new Set(index.close(event.name, ['Event'], event.id, false).map((c) => c.id));
  for (const id of index.idsOf('Event')) {
    const other = index.get(id);
    if (!other?.date || other.id === event.id) continue;
    const apart = daysApart(event.date, other.date);
    if (apart > 1) continue;
    const sameCity =
      city !== undefined && other.city !== undefined && normaliseText(other.city) === city;
    if ((apart === 0 && sameCity) || close.has(id) || overlap(event.name, other.name) >= 0.5)
      return other;
  }
  return undefined;
}
