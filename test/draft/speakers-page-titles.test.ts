import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A conference's speakers page: a name alone on its line, its titles on the next (blind round 55,
// issue 22).

const { draftOf, role } = articleDrafter('pg-draft-speakers-page-titles-');

const page = [
  'Speakers',
  '',
  'Prof. Liesbet Vandenbroucke',
  'Executive Director, Flemish Twin Institute | Professor, Université de Liège and Ghent University',
  'Liesbet coordinated the roadmap.',
  '',
  'Dr Rania Haddad (tbc)',
  'Chief Medical Officer, Synthetica Health SAS',
  'A cardiologist by training.',
].join('\n');

describe('a speakers page', () => {
  it('gives each part of the title line under a name its role', async () => {
    const seed = await draftOf(page);
    const liesbet = 'person:liesbet-vandenbroucke';
    expect(role(seed, liesbet, 'org:flemish-twin-institute')?.title).toBe('Executive Director');
    expect(role(seed, liesbet, 'org:universite-de-liege')?.title).toBe('Professor');
    expect(role(seed, liesbet, 'org:ghent-university')).toBeDefined();
  });

  it('reads the title line under a name with a note in brackets ("(tbc)")', async () => {
    const seed = await draftOf(page);
    expect(role(seed, 'person:rania-haddad', 'org:synthetica-health-sas')?.title).toBe(
      'Chief Medical Officer',
    );
  });
});
