import { normaliseText } from '../../model/names/normalise.js';
import { firstDay, type NameIndex, type NamedEntity } from '../../identity/name-index.js';

const DAY_MS = 86_400_000;

/** The day before, the day itself and the day after (YYYY-MM-DD). */
function daysAround(date: string): string[] {
  const day = Date.parse(firstDay(date));
  if (Number.isNaN(day)) return [];
  return [-1, 0, 1].map((d) => new Date(day + d * DAY_MS).toISOString().slice(0, 10));
}

/** Words any event's name may hold: they say what kind of event, not which one. */
const GENERIC =
  /^(?:the|and|for|with|from|meeting|meetings|working|lunch|dinner|breakfast|visit|call|session|event|conference|workshop|day|annual|joint|official|bilateral)$/;

/** Words of three letters or more, without accents or case, that are not generic. */
const words = (name: string) =>
  new Set(
    normaliseText(name)
      .split(' ')
      .filter((w) => w.length >= 3 && !GENERIC.test(w)),
  );

/** Whom a meeting's name says it meets: "Meeting with Rok Bizjak" → Rok Bizjak. */
const metWith = (name: string) => /\bwith\s+(.+)$/i.exec(name)?.[1];

/** Two meetings with different people or bodies ("Meeting with A", "Lunch with B") differ. */
function meetDifferentParties(a: string, b: string): boolean {
  const [x, y] = [metWith(a), metWith(b)];
  if (x === undefined || y === undefined) return false;
  const [wx, wy] = [words(x), words(y)];
  return wx.size !== wy.size || [...wx].some((w) => !wy.has(w));
}

/**
 * Names alike by their distinctive words: half the shorter name's, two at least ("EHDS Info Day"
 * and "EHDS Board meeting" share one), or the same single word.
 */
function alike(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  const shared = [...small].filter((w) => large.has(w)).length;
  if (!small.size) return false;
  return shared * 2 >= small.size && (shared >= 2 || (x.size === 1 && y.size === 1));
}

/**
 * Another id for a known event: an event on the same day in the same city, or within a day with a
 * similar name (half the distinctive words of the shorter name, or a close spelling). Meetings
 * with different parties on one day are two meetings. The first found, if any.
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
      const together = day === sameDay && sameCity && !meetDifferentParties(event.name, other.name);
      const named = alike(event.name, other.name) && !meetDifferentParties(event.name, other.name);
      if (together || close.has(id) || named) return other;
    }
  return undefined;
}
