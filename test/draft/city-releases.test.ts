import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A city's press release on an EU forum it hosted (working round 97, issue 22): an apposition
// ends before the sentence's verb in the past ("…, looked at how the Commission's …").

const { draftOf, role } = articleDrafter('pg-draft-city-releases-');

describe('a city press release', () => {
  it('ends an apposition before ", looked at how …": no role at what the clause names', async () => {
    const seed = await draftOf(
      [
        'Tartu, 20 March 2026.',
        '',
        'On the second day, a session chaired by Dr Ana Costa, Director of Charles University, looked at how Agence Exemple could draw on the data.',
      ].join('\n'),
    );
    expect(role(seed, 'person:ana-costa', 'org:charles-university')?.title).toBe('Director');
    expect(role(seed, 'person:ana-costa', 'org:agence-exemple')).toBeUndefined();
  });
});
