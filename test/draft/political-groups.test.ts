import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// The European Parliament's political groups (held-out round 71, issue 22): "Renew Europe's X",
// "From the ECR benches", "(The Left, Ireland)" name groups, under their full names.

const { draftOf, role } = articleDrafter('pg-draft-political-groups-');

describe("the Parliament's political groups", () => {
  it('takes the groups a plenary summary names, by any of their spellings', async () => {
    const seed = await draftOf(
      "MEPs debated the roadmap in plenary. Renew Europe's Élodie Marchetti-Roux urged action. From the ECR benches, Vasile Dobrescu-Ionescu argued against it. Clodagh Brennan-Whyte (The Left, Ireland) asked who would profit, said Dr Ana Costa.",
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Renew Europe',
        'European Conservatives and Reformists Group',
        'The Left in the European Parliament (GUE/NGL)',
      ]),
    );
    const left = 'org:the-left-in-the-european-parliament-gue-ngl';
    expect(role(seed, 'person:clodagh-brennan-whyte', left)).toBeDefined();
  });

  it('takes no group from "the left" or "renew" in a text not about the Parliament', async () => {
    const seed = await draftOf(
      'On the left of the stage, Dr Ana Costa said hospitals must renew their systems. The Left Bank campus hosts it.',
    );
    expect(seed.names('org:')).not.toContain('The Left in the European Parliament (GUE/NGL)');
  });
});
