import { describe, expect, it } from 'vitest';
import { findPercentages } from '../../src/draft/percentages.js';
import { articleDrafter } from './draft-of.js';

// Shares ("27%") and figures of a document named in the sentence before or after (issue 22,
// blind rounds 29–31).

const { draftOf } = articleDrafter('pg-draft-shares-');

describe('shares', () => {
  it('counts what follows "of", else what the sentence counted before, with "(%)"', () => {
    const found = findPercentages(
      'About 41% of the 320 clinics use one. Of the 96 labs polled, fewer than 12 per cent could. 140% is no share.',
    );
    expect(found.map((q) => [q.counts, q.value, q.qualifier])).toEqual([
      ['clinics (%)', 41, 'about'],
      ['labs (%)', 12, 'fewer than'],
    ]);
  });

  it('go, with the figures of a sentence saying "it surveyed", on the document named next to it', async () => {
    const seed = await draftOf(
      [
        'Readiness index out',
        '',
        'The Baltic Clinic Data Index 2026 was presented on 3 March 2026 by the Riga Health Observatory. Of the 220 clinics it surveyed, only 31% share imaging data.',
      ].join('\n'),
    );
    const index = seed.entities.find((e) => e.name === 'Baltic Clinic Data Index 2026');
    expect(index?.quantities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 220 }),
        expect.objectContaining({ value: 31, counts: 'clinics (%)' }),
      ]),
    );
  });
});
