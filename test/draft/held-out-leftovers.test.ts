import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// What earlier held-out rounds still missed after their own fixes (issue 22), taken up in a later
// stop: names that carry no common organisation word, events named by a label line.

const { draftOf } = articleDrafter('pg-draft-held-out-leftovers-');

describe('an EU body named a joint undertaking', () => {
  it('is an organisation (an agency), in prose and before plain words', async () => {
    const seed = await draftOf(
      [
        'Brussels, 3 March 2026. Coordination with the Tessera Joint Undertaking on compute access is still informal.',
        'Benchmark runs used a Tessera Joint Undertaking development access allocation.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['Tessera Joint Undertaking']);
    expect(seed.entities.find((e) => e.id.startsWith('org:'))?.kind).toBe('AGENCY');
  });
});
