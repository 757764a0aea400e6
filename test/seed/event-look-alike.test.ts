import { describe, expect, it } from 'vitest';
import { NameIndex, type NamedEntity } from '../../src/identity/name-index.js';
import { eventLookAlike } from '../../src/seed/resolve/event-duplicates.js';

const event = (id: string, name: string, date: string, city: string): NamedEntity => ({
  id,
  label: 'Event',
  name,
  aliases: [],
  date,
  city,
});

/** The id eventLookAlike finds for `e` among `known`, or undefined. */
function lookAlike(known: readonly NamedEntity[], e: NamedEntity): string | undefined {
  const index = new NameIndex();
  for (const k of [...known, e]) index.add(k);
  return eventLookAlike(index, e)?.id;
}

describe('possible duplicate events', () => {
  const minister = event(
    'event:a',
    'Working meeting with the Minister of Health',
    '2026-03-10',
    'Ljubljana',
  );

  it('a meeting a day apart does not look alike by the words "meeting with" alone', () => {
    const sioli = event('event:b', 'Meeting with Lucilla Sioli', '2026-03-11', 'Brussels');
    expect(lookAlike([minister], sioli)).toBeUndefined();
  });

  it('meetings with different parties on the same day in the same city are two meetings', () => {
    const patients = event('event:c', 'Meeting with Glas pacientov', '2026-03-10', 'Ljubljana');
    expect(lookAlike([minister], patients)).toBeUndefined();
  });

  it('the same day and city still warns when the names do not tell the events apart', () => {
    const rome = event('event:d', 'Consortium meeting in Rome', '2026-03-10', 'Ljubljana');
    expect(lookAlike([minister], rome)).toBe('event:a');
    const again = event('event:e', 'Lunch with the Health Minister', '2026-03-10', 'Ljubljana');
    expect(lookAlike([minister], again)).toBe('event:a');
  });

  it('a day apart, the distinctive words of the name still match', () => {
    const known = event('event:f', 'EDITH Deep Thinkers Meeting', '2023-05-16', 'Rome');
    const day2 = event('event:g', 'Deep Thinkers meeting, day two', '2023-05-17', 'Roma');
    expect(lookAlike([known], day2)).toBe('event:f');
  });

  it('one shared word of two-word names is no likeness; meetings with different ministries differ', () => {
    const info = event('event:h', 'EHDS Info Day', '2026-03-10', 'Brussels');
    const board = event('event:i', 'EHDS Board meeting', '2026-03-11', 'Luxembourg');
    expect(lookAlike([info], board)).toBeUndefined();
    const rok = event('event:j', 'Meeting with Rok Bizjak', '2026-03-10', 'Ljubljana');
    const golob = event('event:k', 'Meeting with Rok Golob', '2026-03-11', 'Ljubljana');
    expect(lookAlike([rok], golob)).toBeUndefined();
    const si = event(
      'event:l',
      'Meeting with the Ministry of Health of Slovenia',
      '2026-03-10',
      'Brussels',
    );
    const hr = event(
      'event:m',
      'Meeting with the Ministry of Health of Croatia',
      '2026-03-11',
      'Brussels',
    );
    expect(lookAlike([si], hr)).toBeUndefined();
  });
});
