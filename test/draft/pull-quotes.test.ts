import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A trade magazine's two-person interview (working round 92, issue 22): a pull quote signed on
// the line under it ("– Name") is that person's, whoever answered last.

const { draftOf } = articleDrafter('pg-draft-pull-quotes-');

describe('a pull quote', () => {
  it('is the person’s signed under it', async () => {
    const seed = await draftOf(
      [
        'INTERVIEW',
        '',
        'Dr Ana Costa of Charles University and Jan Berg of Agence Exemple on data permits.',
        '',
        'What has changed?',
        '',
        'Costa: It gave us a home. Now there is a shared platform.',
        '',
        'Berg: I attended the high-level event in Brussels. Sanofi and Roche were on the same stage.',
        '',
        '“We move the models, not the patients’ records.”',
        '– Ana Costa',
        '',
        'How does the EHDS change your work?',
        '',
        'Costa: In the long run, enormously. Until then, we move the models, not the patients’ records.',
      ].join('\n'),
    );
    const pulled = seed.entities.find(
      (e) => e.id.startsWith('statement:') && String(e.name).includes('We move the models'),
    );
    const by = seed.relationships.find((r) => r.from === pulled?.id && r.type === 'MADE_BY');
    expect(by?.to).toBe('person:ana-costa');
  });
});
