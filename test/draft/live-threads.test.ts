import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A live thread from a forum's second day (unseen-165, issue 22): "Day 2 of the X … Yesterday
// was …" names the event whose first day was yesterday.

const { draftOf } = articleDrafter('pg-draft-live-threads-');

describe('a live thread', () => {
  it('dates "Day 2 of the X Forum" from its "yesterday"', async () => {
    const seed = await draftOf(
      [
        'Thread · March 12, 2026 at 9:04 AM',
        '',
        '1/ Day 2 (and final day) of the EU Digital Health Twins Forum here in Lisbon, hosted by Charles University. Yesterday was mostly tech; today is policy.',
        '',
        '2/ Opening keynote by Dr Ana Costa of Agence Exemple.',
      ].join('\n'),
    );
    const forum = events(seed)[0];
    expect(forum?.name).toBe('EU Digital Health Twins Forum');
    expect(forum?.date).toBe('2026-03-11');
  });
});
