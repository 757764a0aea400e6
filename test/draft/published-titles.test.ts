import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A think tank's explainer (working round 93, issue 22): titles after a verb of publishing, their
// genre in an apposition or in the next sentence; a scorecard announced with its month; a media
// contact whose title a dash ends.

const { draftOf, role } = articleDrafter('pg-draft-published-titles-');

const kinds = (seed: Awaited<ReturnType<typeof draftOf>>) =>
  seed.entities.filter((e) => e.id.startsWith('doc:')).map((e) => [e.name, e.kind]);

describe('a title after a verb of publishing', () => {
  it('reads the genre beside it or in the next sentence', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple',
        'Home › Explainers › Life sciences',
        '',
        'The strategy, explained',
        '',
        '15 September 2025 – Agence Exemple publishes Twins for Patients, a charter on virtual human twins signed by 46 patient organisations, said Dr Ana Costa.',
        '',
        '27 January 2026 – Charles University publishes In Silico Europe 2030. Based on a survey of 214 companies, the report estimates that costs could fall.',
        '',
        'Agence Exemple will publish a one-year scorecard, Life Sciences Strategy: One Year On, in July 2026.',
        '',
        'Media enquiries: Tomás Ó Briain, Communications Officer – press@exemple.eu',
      ].join('\n'),
    );
    expect(kinds(seed)).toEqual(
      expect.arrayContaining([
        ['Twins for Patients', 'MANIFESTO'],
        ['In Silico Europe 2030', 'REPORT'],
        ['Life Sciences Strategy: One Year On', 'REPORT'],
      ]),
    );
    expect(role(seed, 'person:tomas-o-briain', 'org:agence-exemple')?.title).toBe(
      'Communications Officer',
    );
  });
});

describe('a download list', () => {
  it('keeps a genre after the dash in the title, and drops a publisher there', async () => {
    const seed = await draftOf(
      'Related links, said Dr Ana Costa:\n• EHDS Ready South Moravia – Pilot Implementation Plan (PDF, 2.4 MB)\n• Twin Readiness Report 2025 – Charles University (PDF, 1.1 MB)',
    );
    expect(kinds(seed).map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'EHDS Ready South Moravia – Pilot Implementation Plan',
        'Twin Readiness Report 2025',
      ]),
    );
  });
});
