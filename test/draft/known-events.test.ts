import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Every event a text reports, not only its main one, is the graph's when the graph has an event
// on that day in that city (issue 22: minutes that announce a known high-level event).

const KNOWN_EVENT = {
  id: 'event:2025-01-01-old-meeting',
  label: 'Event' as const,
  name: 'An old meeting',
  aliases: [],
};
const { draftOf } = articleDrafter('pg-draft-known-events-', [], undefined, (date, city) =>
  Promise.resolve(date === '2025-01-01' && (!city || city === 'Lyon') ? KNOWN_EVENT : undefined),
);

describe('events the graph knows', () => {
  it('a second event on a known day and city is referred to, not proposed', async () => {
    const seed = await draftOf(
      [
        'Minutes of the 3rd meeting',
        '',
        'PARIS, 3 March 2026 – The expert group held its third meeting today, chaired by Dr Anne Morel.',
        '',
        'The Chair recalled the workshop held in Lyon on 1 January 2025.',
      ].join('\n'),
    );
    expect(seed.source.id).toMatch(/^doc:2026-03-03-/);
    expect(events(seed).map((e) => e.date)).toEqual(['2026-03-03']);
    expect(seed.yaml).toMatch(/(?:ref|to): event:2025-01-01-old-meeting/);
  });

  it('another event without its city is not taken for the graph’s event of that day', async () => {
    const seed = await draftOf(
      [
        'Minutes of the 4th meeting',
        '',
        'PARIS, 3 March 2026 – The expert group held its fourth meeting today, chaired by Dr Anne Morel.',
        '',
        'The Chair recalled the webinar held on 1 January 2025.',
      ].join('\n'),
    );
    expect(seed.yaml).not.toContain('event:2025-01-01-old-meeting');
  });

  it("an event the text names otherwise is not the graph's event of that day", async () => {
    const seed = await draftOf(
      'LYON, 1 January 2025 – The Nordic Twins Summit opened today in Lyon, chaired by Dr Anne Morel.',
    );
    expect(events(seed).map((e) => e.name)).toEqual(['Nordic Twins Summit']);
    expect(seed.yaml).not.toMatch(/event:2025-01-01-old-meeting/);
  });
});
