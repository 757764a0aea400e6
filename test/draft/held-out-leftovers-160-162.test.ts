import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 160–162 missed, mended in the stop after their one scoring (issue 22).

const { draftOf } = articleDrafter('pg-draft-leftovers-160-');

describe('a table of members', () => {
  it('reads "ACRONYM – Long form" in a row’s first cell as that cell, not as a project over the row', async () => {
    const seed = await draftOf(
      [
        'The thematic network is coordinated by Charles University and its projects are listed below.',
        '',
        'Organisation\tType\tCountry',
        'EURORDIS – Rare Diseases Europe\tPatient organisation\tFrance',
        'Charles University\tUniversity\tCzechia',
      ].join('\n'),
    );
    const all = [...seed.names('project:'), ...seed.names('org:')];
    expect(all.some((n) => n.includes('\t'))).toBe(false);
    expect(seed.names('project:')).toEqual([]);
  });
});

describe('a delegation list', () => {
  it('names a permanent mission with whom it is to, across a line’s end, and no initiative', async () => {
    const seed = await draftOf(
      [
        'Geneva, 18 May 2026',
        '',
        'Deputy chief delegate',
        'Mr Rein Kask',
        'Ambassador, Permanent Representative, Permanent Mission of the Republic of Estonia to the United',
        'Nations Office and other international organizations in Geneva',
        '',
        'Ms Róisín Ní Bhriain',
        'Ambassador, Permanent Representative, Permanent Mission of Ireland to the United Nations, Geneva',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Permanent Mission of the Republic of Estonia to the United Nations Office and other international organizations in Geneva',
        'Permanent Mission of Ireland to the United Nations, Geneva',
      ]),
    );
    expect(seed.names('initiative:')).toEqual([]);
  });
});

describe('a post and its bodies between commas', () => {
  it('is no list of organisations: the post names none', async () => {
    const seed = await draftOf(
      'Geneva, 18 May 2026\n\nMr Eoin Fahy\nPrincipal Officer, EU and International Unit, Department of Health\n\nProfessor Agnieszka Kowalczyk\nProfessor of Bioengineering, Department of Electrical, Electronic and Information Engineering, Charles University\n',
    );
    expect(seed.names('org:')).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^(?:Principal Officer|Professor of Bioengineering)$/),
      ]),
    );
  });
});
