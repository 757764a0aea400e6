import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Documents named by their genre in small letters, then "on" and their subject (blind rounds 55–56,
// issue 22).

const { draftOf } = articleDrafter('pg-draft-genre-documents-');

describe('a document named by its genre and subject', () => {
  it('is a document named in sentence case, to the clause that follows it', async () => {
    const seed = await draftOf(
      'EMA plans to release a reflection paper on the credibility assessment of mechanistic models for public consultation in the second half of 2026, said Dr Ana Costa. Ministers approved Council conclusions on the trustworthy use of artificial intelligence in health systems.',
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'Reflection paper on the credibility assessment of mechanistic models',
        'Council conclusions on the trustworthy use of artificial intelligence in health systems',
      ]),
    );
  });

  it('names "the own-initiative report on X" as "Report on X", once', async () => {
    const seed = await draftOf(
      'I am rapporteur for the report on virtual human twins in European healthcare, said Dr Ana Costa. These are the recommendations of my own-initiative report on virtual human twins in European healthcare, which SANT adopted.',
    );
    expect(seed.names('doc:')).toEqual(['Report on virtual human twins in European healthcare']);
  });

  it('is no document for a day ("the report on Tuesday")', async () => {
    const seed = await draftOf(
      'We discussed the report on Tuesday 3 March 2026, said Dr Ana Costa.',
    );
    expect(seed.names('doc:')).toEqual([]);
  });

  it('takes a quoted title that says its genre, and no second one from the headline', async () => {
    const seed = await draftOf(
      [
        'EMA opens consultation on reflection paper on virtual human twins and in silico evidence',
        '',
        'The European Medicines Agency (EMA) today published a draft "Reflection paper on the use of virtual human twins and in silico trials in the medicinal product lifecycle" for public consultation, said Dr Ana Costa.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual([
      'Reflection paper on the use of virtual human twins and in silico trials in the medicinal product lifecycle',
    ]);
  });

  it('a links list: "“Title”, ORG white paper, October 2025 — site" and "Title (ORG, 2025) — site"', async () => {
    const seed = await draftOf(
      [
        'Dr Ana Costa spoke on the show.',
        '',
        'LINKS MENTIONED',
        '',
        '- Nordic Twin Strategy Report (NTF, 2025) — ntf.example.org',
        '- "Twin Readiness Levels: a maturity scale for clinical digital twins", NCIST white paper, October 2025 — ncist.se/trl',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'Nordic Twin Strategy Report',
        'Twin Readiness Levels: a maturity scale for clinical digital twins',
      ]),
    );
    expect(seed.names('doc:').filter((n) => /example\.org|\(/.test(n))).toEqual([]);
  });
});
