import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Rounds 27–28 shapes (issue 22): a podcast page's credits, a "people on the move" column, a
// regional news item, a report's authors, an award evening.

const { draftOf } = articleDrafter('pg-draft-people-cues-');

describe('people named by the words around them', () => {
  it('bylines, credits, "named X its", "stays on as", an age, authors after a colon, a "-ist"', async () => {
    const seed = await draftOf(
      [
        'Moves and credits',
        '',
        'By Nora Falk',
        '',
        'The agency has named Petra Ilves its new Head of Data. The board confirmed that Jan Kask stays on as Treasurer.',
        'For Olev Tamm, 68, from Tartu, the tool is welcome. Councillor Mari Saar voted against.',
        'The report is authored by three of its scientists: Liis Rebane, Peeter Org and Kai Vaher.',
        'The evening closed with a performance by pianist Rein Lepp. Sound: Ott Kivi.',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(
      [
        'Jan Kask',
        'Kai Vaher',
        'Liis Rebane',
        'Mari Saar',
        'Nora Falk',
        'Olev Tamm',
        'Ott Kivi',
        'Peeter Org',
        'Petra Ilves',
        'Rein Lepp',
      ].sort(),
    );
  });

  it('a name glossed in quotation marks is no person', async () => {
    const seed = await draftOf(
      [
        'Regional news',
        '',
        'The hospital calls the project Zdrave Srce ("Healthy Heart"). Dr Ana Kos leads it.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ana Kos']);
  });

  it('a nationality opens no person\'s name ("led by Slovenian Renew member X")', async () => {
    const seed = await draftOf(
      'Thirty-one MEPs, led by Slovenian Renew member Tjaša Korošec-Valant, wrote last week to Executive Vice-President Henna Virkkunen.',
    );
    expect(seed.names('person:')).toContain('Tjaša Korošec-Valant');
    expect(seed.names('person:').filter((n) => /Slovenian/.test(n))).toEqual([]);
  });
});
