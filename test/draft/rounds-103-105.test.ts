import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes blind rounds 103–105 showed (issue 22): a mail's salutation, a project's name spelt out
// after its acronym, …

const { draftOf } = articleDrafter('pg-draft-rounds-103-');

describe('rounds 103–105', () => {
  it('reads no "Dear" into the name a mail greets', async () => {
    const seed = await draftOf(
      [
        'To: Marta Kowalczyk',
        'Subject: Registration confirmed',
        '',
        'Dear Marta Kowalczyk,',
        '',
        'Thank you for registering, says Dr Ana Costa of Agence Exemple.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toContain('Marta Kowalczyk');
    expect(seed.names('person:').filter((n) => n.startsWith('Dear'))).toEqual([]);
  });

  it('reads no person in a project’s name spelt out after its acronym', async () => {
    const seed = await draftOf(
      'TWIN4CARE (Clinical Adoption of Virtual Human Twins in Care Pathways) is coordinated by Dr Ana Costa of Agence Exemple.',
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });
});
