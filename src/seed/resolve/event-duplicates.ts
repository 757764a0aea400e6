import { normaliseText } from '../../model/names/normalise.js';
import { firstDay, type NameIndex, type NamedEntity } from '../../identity/name-index.js';

const DAY_MS = 86_400_000;

/** The day before, the day itself and the day after (YYYY-MM-DD). */
function daysAround(date: string): string[] {
  const day = Date.parse(firstDay(date));
  if (Number.isNaN(day)) return [];
  return [-1, 0, 1].map((d) => new Date(day + d * DAY_MS).toISOString().slice(0, 10));
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
  const sameDay = firstDay(event.date);
  // Only events within a day can match: look in three day buckets, not at every event.
  for (const day of daysAround(event.date))
    for (const id of index.idsOnDay(day)) {
      const other = index.get(id);
      if (!other?.date || other.id === event.id || other.label !== 'Event') continue;
      const sameCity =
        city !== undefined && other.city !== undefined && normaliseText(other.city) === city;
      if ((day === sameDay && sameCity) || close.has(id) || overlap(event.name, other.name) >= 0.5)
        return other;
    }
  return undefined;
}
