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

  it('splits a total by where it comes from ("412 contributions: 138 from citizens, 97 from …")', async () => {
    const seed = await draftOf(
      [
        'Consultation closed',
        '',
        'According to the "Summary report on the consultation on hospital data", dated 2026-03-02, the agency received 310 replies: 120 from citizens, 95 from companies and 40 from public authorities.',
      ].join('\n'),
    );
    const report = seed.entities.find(
      (e) => e.name === 'Summary report on the consultation on hospital data',
    );
    expect(report?.quantities).toEqual([
      { counts: 'replies', value: 310 },
      { counts: 'replies from citizens', value: 120 },
      { counts: 'replies from companies', value: 95 },
      { counts: 'replies from public authorities', value: 40 },
    ]);
  });
});
