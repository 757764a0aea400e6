import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A post-event note (blind round 43, issue 22): the event's noun is in the paragraph before the
// sentence that dates it ("That's a wrap on our second General Assembly! ¶ On 3–4 March … came
// together in Kraków").

const { draftOf } = articleDrafter('pg-draft-events-above-');

describe('a gathering dated in one paragraph and named in the one before', () => {
  it('is an event with the noun written before', async () => {
    const seed = await draftOf(
      [
        'Katarzyna Nowak, coordinator',
        '',
        'That’s a wrap on our second General Assembly!',
        '',
        'On 3–4 March 2026 more than 40 people from our partners came together at the Auditorium Maximum in Kraków, hosted by Jagiellonian University Medical College.',
      ].join('\n'),
    );
    const [event] = events(seed);
    expect(event).toMatchObject({ date: '2026-03-03', endDate: '2026-03-04', city: 'Kraków' });
    expect(String(event!.name)).toMatch(/General Assembly$/);
  });

  it('is none when nothing before names an event', async () => {
    const seed = await draftOf(
      [
        'Katarzyna Nowak, coordinator',
        '',
        'Our partners are great.',
        '',
        'On 3–4 March 2026 more than 40 people from our partners came together in Kraków.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([]);
  });
});
