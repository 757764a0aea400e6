import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A career told in a tribute or a portrait (issue 22, blind round 31); other names and words.

const { draftOf, role } = articleDrafter('pg-draft-tributes-');

describe('a career in a tribute', () => {
  it('"head of our X Group and Scientific Director of …": the group ends before the second title', async () => {
    const seed = await draftOf(
      'Farewell\n\nDr Maria Kovac, founding head of our Lung Imaging Group and Medical Director of the Institute from 2012, retired on 3 March 2026.\n',
    );
    expect(seed.names('org:')).toContain('Lung Imaging Group');
    expect(seed.names('org:').join('|')).not.toMatch(/Group and/);
    expect(role(seed, 'person:maria-kovac', 'org:lung-imaging-group')).toMatchObject({
      title: 'founding head',
    });
  });

  it('"she joined", "he moved … as a <title> at", "sat on the board of": roles of the person named before', async () => {
    const seed = await draftOf(
      [
        'In memoriam: Professor Tomas Varga',
        '',
        'Professor Tomas Varga died in Budapest on 2 March 2026. In 1994 he moved to Vienna as a senior physician at the Vienna General Hospital. He joined the Danube Institute for Heart Modelling in 2003, and he sat on the board of the European Society of Cardiac Imaging.',
      ].join('\n'),
    );
    const person = 'person:tomas-varga';
    expect(role(seed, person, 'org:vienna-general-hospital')).toMatchObject({
      title: 'senior physician',
    });
    expect(role(seed, person, 'org:danube-institute-for-heart-modelling')).toBeDefined();
    expect(role(seed, person, 'org:european-society-of-cardiac-imaging')).toMatchObject({
      title: 'Board member',
    });
  });
});
