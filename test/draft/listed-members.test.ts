import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A call for abstracts (blind round 51, issue 22): a scientific committee listed as
// "– Name, Organisation" under a heading in capitals.

const { draftOf } = articleDrafter('pg-draft-listed-members-');

const call = (items: string[]) =>
  ['Call for abstracts, 3 March 2026', '', 'SCIENTIFIC COMMITTEE', ...items].join('\n');

describe('a list of people, each with an organisation', () => {
  it('names each person, with a role at the organisation after the comma', async () => {
    const seed = await draftOf(
      call([
        '– Hanna Lindqvist-Mäkelä, Karolinska Institutet',
        '– Tomasz Wierzbicki, Polish Centre for In Silico Medicine (PCISM), Kraków',
        '– Maëlle Courtois-Diallo, Inria',
        '– Jonas Albrecht, Medtwin Analytics NV',
      ]),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining([
        'Hanna Lindqvist-Mäkelä',
        'Tomasz Wierzbicki',
        'Maëlle Courtois-Diallo',
        'Jonas Albrecht',
      ]),
    );
    const roles = seed.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.from);
    expect(roles).toContain('person:jonas-albrecht');
    // a heading in capitals of generic words is no organisation
    expect(seed.names('org:')).not.toContain('SCIENTIFIC COMMITTEE');
  });

  it('names nobody in a list of organisations and their places', async () => {
    const seed = await draftOf(
      call([
        '- Ghent University, Belgium',
        '- Medtwin Analytics NV, Ghent',
        '- Karolinska Institutet, Stockholm',
        '- Project Coordinator, Ghent University',
      ]),
    );
    expect(seed.names('person:')).toEqual([]);
  });
});
