import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/draft/dateline.js';
import { articleDrafter, events } from './draft-of.js';

// A ministry's EHDS news and an MoU release (blind rounds 50 and 46, issue 22).

const { draftOf } = articleDrafter('pg-draft-signings-');

const ministry = (after: string) =>
  [
    'Slovenia sets out its path to the EHDS',
    '',
    'Published 14 January 2026',
    '',
    'Ljubljana – The Ministry of Health and the Agency for Digital Health (ADZ) yesterday signed an agreement that entrusts the agency with the EHDS. Slovenia will meet the obligations of the regulation.',
    '',
    after,
    '',
    'Next steps',
    '',
    '- 2 February 2026: public consultation on the draft act opens;',
    '- 19 March 2026: first EHDS Info Day for healthcare providers, Celje, hosted by ADZ;',
  ].join('\n');

describe('a signing', () => {
  it('is an event when the text speaks of "the signing"; a list’s next dated item is another', async () => {
    const seed = await draftOf(ministry('Sandra Gallina joined the signing by video link.'));
    const found = events(seed).map((e) => [e.name, e.date]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Signing of the agreement', '2026-01-13'],
        ['EHDS Info Day', '2026-03-19'],
      ]),
    );
    // ("will meet the obligations": no meeting)
    expect(found.some(([name]) => /^Meeting/.test(String(name)))).toBe(false);
  });

  it('is none when nothing speaks of a ceremony or of the signing', async () => {
    const seed = await draftOf(ministry('Sandra Gallina welcomed the agreement.'));
    expect(events(seed).map((e) => e.name)).not.toContain('Signing of the agreement');
  });

  it('is named for an MoU signed at a ceremony', async () => {
    const seed = await draftOf(
      [
        'Quantaris and HUT sign memorandum of understanding',
        '',
        'VALENCIA, Spain – 4 March 2026 – Quantaris Biosimulation S.L. and the Hospital Universitario del Turia (HUT) today announced a memorandum of understanding (MoU).',
        '',
        'The MoU was signed yesterday at a ceremony hosted by HUT in the hospital’s Aula Magna.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'Signing of the memorandum of understanding',
        date: '2026-03-03',
      }),
    ]);
  });
});

describe('a dateline written with dashes', () => {
  it('is "CITY, Country – date –", not a site’s "Name News - date"', () => {
    expect(
      findDateline('VALENCIA, Spain – 4 March 2026 – Quantaris today announced it.'),
    ).toMatchObject({
      city: 'Valencia',
      country: 'Spain',
      date: '2026-03-04',
    });
    expect(findDateline('ESCM News - 17 November 2025\n\nA medal for Dr X.')).toBeUndefined();
    expect(findDateline('Egmont Palace, Brussels – 3 June 2026\n\nA roundtable.')).toBeUndefined();
  });

  it('a memorandum signed in a city on a day is a signing event', async () => {
    const seed = await draftOf(
      'Annual report 2025\n\nOn 12.06.2025, CARDIO-RI and the Nordic Twin Foundation signed a memorandum of understanding in Brussels, said Dr Ana Costa.',
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'Signing of the memorandum of understanding',
        date: '2025-06-12',
        city: 'Brussels',
      }),
    ]);
  });
});

describe('grant agreements signed before guests', () => {
  const release =
    'Agency news\n\n14. 11. 2025\n\nPRAGUE – Yesterday, in the Mirror Hall of the Ministry of Health, Agence Exemple signed grant agreements with the recipients of eleven projects.\n\nThe signing was attended by Dr Ana Costa, Deputy Minister of Health.';

  it('is an event when the text says who attended the signing', async () => {
    const seed = await draftOf(release);
    expect(events(seed)).toEqual([
      expect.objectContaining({ name: 'Signing of the grant agreements', date: '2025-11-13' }),
    ]);
  });

  it('is an office’s act when nobody is said to attend', async () => {
    const seed = await draftOf(release.replace(/The signing was attended by/, 'Thanks to'));
    expect(events(seed)).toEqual([]);
  });
});
