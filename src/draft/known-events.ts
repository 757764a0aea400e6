/** The graph's events on the days of the events a text reports (none offline). */
import type { EventFacts } from './event.js';
import type { KnownEntity } from './gazetteer.js';

type EventOn = (date: string, city?: string) => Promise<KnownEntity | undefined>;

/**
 * Each event the graph already has on its day (and in its city) is referred to, not proposed: the
 * main one by its day; another only with its city (any event of that day is no proof it is this one).
 */
export function knownEvents(
  events: readonly (EventFacts | undefined)[],
  eventOn: EventOn | undefined,
): Promise<(KnownEntity | undefined)[]> {
  return Promise.all(
    events.map((e, k) =>
      e && eventOn && (k === 0 || e.city) ? eventOn(e.date, e.city) : Promise.resolve(undefined),
    ),
  );
}
