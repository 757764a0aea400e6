import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A weekly digest and a project's results page (blind rounds 46 and 45, issue 22): "The Dutch
// Ministry of Health, Welfare and Sport (VWS)", "the Dutch Medicines Evaluation Board (CBG-MEB)".

const { draftOf } = articleDrafter('pg-draft-own-country-');

const page = [
  'Digest, 13 March 2026',
  '',
  'The Dutch Ministry of Health, Welfare and Sport (VWS) this morning designated a health data access body.',
  '',
  'The Dutch Medicines Evaluation Board (CBG-MEB) sat as observer. The Norwegian University of Science and Technology joined as a partner.',
].join('\n');

describe('a government body named with its country’s adjective', () => {
  it('is that country’s, its name without the adjective an alias when it has a list of its own, its acronym kept', async () => {
    const seed = await draftOf(page);
    const orgs = seed.entities.filter((e) => e.id.startsWith('org:'));
    expect(
      orgs.find((e) => e.name === 'Dutch Ministry of Health, Welfare and Sport'),
    ).toMatchObject({
      acronym: 'VWS',
      country: 'Netherlands',
      aliases: expect.arrayContaining(['Ministry of Health, Welfare and Sport']),
    });
    // (a name without a list of its own may be every country's: no alias, the country only)
    const meb = orgs.find((e) => e.name === 'Dutch Medicines Evaluation Board');
    expect(meb).toMatchObject({ acronym: 'CBG-MEB', country: 'Netherlands' });
    expect(meb?.aliases ?? []).not.toContain('Medicines Evaluation Board');
  });

  it('leaves a university’s name whole: the adjective is part of it', async () => {
    const seed = await draftOf(page);
    const ntnu = seed.entities.find(
      (e) => e.name === 'Norwegian University of Science and Technology',
    );
    expect(ntnu?.aliases ?? []).toEqual([]);
  });
});
