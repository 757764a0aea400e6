import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// An FAQ page (blind round 46, issue 22): "The second VHT Community Days will be held in Bologna
// on 16-17 April 2026 … The first edition, in Leuven in June 2025, drew over 450 participants."

const { draftOf } = articleDrafter('pg-draft-editions-');

const page = (edition: string) =>
  [
    'VHT news',
    '',
    'BRUSSELS, 3 March 2026 – The community meets again in spring.',
    '',
    `The second VHT Community Days will be held in Bologna on 16-17 April 2026, hosted by the University of Bologna. ${edition}`,
  ].join('\n');

describe('an earlier edition of a named event', () => {
  it('is an event of its own, named with its ordinal and dated by its month', async () => {
    const seed = await draftOf(
      page('The first edition, in Leuven in June 2025, drew over 450 participants.'),
    );
    const first = events(seed).find((e) => e.date === '2025-06');
    expect(first).toMatchObject({ name: 'First VHT Community Days', city: 'Leuven' });
  });

  it('takes the year when the edition is named by it', async () => {
    const seed = await draftOf(
      page('The 2025 edition, held in Leuven in June 2025, drew over 450 participants.'),
    );
    expect(events(seed).find((e) => e.date === '2025-06')?.name).toBe('VHT Community Days 2025');
  });

  it('is none for an edition of a publication or a month with no edition', async () => {
    const seed = await draftOf(
      page('The report, published in Leuven in June 2025, drew over 450 comments.'),
    );
    expect(events(seed).map((e) => e.date)).toEqual(['2026-04-16']);
  });
});
