import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// What a review of the round 21–28 rules found them doing wrong on ordinary news (issue 22).

const { draftOf, role } = articleDrafter('pg-draft-review-guards-');

describe('the round 21–28 rules do not misfire', () => {
  it('first names that are verbs, a teacher named with "student of", organisations after weak cues', async () => {
    const seed = await draftOf(
      [
        'News',
        '',
        'Will Mitchell, director of the Oslo Heart Institute, said the plan works.',
        'Anna Berg, a former student of Jonas Ek, won the prize. Jonas Ek said he was proud.',
        'The ministry thanked Novo Nordisk for its support. The paper was reviewed by Deloitte Consulting.',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Anna Berg', 'Jonas Ek', 'Will Mitchell']);
    expect(role(seed, 'person:will-mitchell', 'org:oslo-heart-institute')?.title).toBe('director');
  });

  it('two companies joined by a slash, a place before an agency, brackets after a title', async () => {
    const seed = await draftOf(
      [
        'News',
        '',
        'Dr Eva Berg works for Pfizer/BioNTech. In the EU, the European Medicines Agency, however, is still reviewing it.',
        'Karl Berg, MEP (Non-attached), spoke. Luca Bianchi, MEP, voted against the proposal on 10 April 2026.',
      ].join('\n'),
    );
    expect(seed.names('org:')).not.toContain('Pfizer/BioNTech');
    expect(seed.names('org:')).not.toContain('Non');
    expect(
      seed.entities.find((e) => e.name === 'European Medicines Agency')?.acronym,
    ).toBeUndefined();
    expect(role(seed, 'person:luca-bianchi', 'org:european-parliament')?.title).toBe('MEP');
  });

  it('ministries keep "the"; a rank is no ministry; "EU" is no part of a name; a place is no event', async () => {
    const seed = await draftOf(
      [
        'Brussels, 2 March 2026 – Jan de Vries, Minister of Health of the Netherlands, opened it. Rui Costa, Minister of State of Portugal, spoke.',
        'Researchers from the EU Joint Research Centre (JRC) joined. Ministers arrived at Valletta, the summit venue, on 3 March 2026.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Ministry of Health of the Netherlands', 'Joint Research Centre']),
    );
    expect(seed.names('org:').some((o) => /State of Portugal/.test(o))).toBe(false);
    expect(events(seed).map((e) => (e as { name?: string }).name)).not.toContain('Valletta');
  });

  it('a day-first date line; a headline after "PRESS RELEASE –" names no publisher; a date line is no title', async () => {
    const page = await draftOf(
      ['Twin news', '', 'Date: 04/03/2026', '', 'Dr Ona Puig spoke.'].join('\n'),
    );
    expect(page.source.published).toBe('2026-03-04');
    const release = await draftOf(
      [
        'PRESS RELEASE – Commission approves new cancer plan',
        '',
        'Brussels, 4 March 2026 – Dr Ona Puig welcomed it.',
      ].join('\n'),
    );
    expect(release.source.publisher).toBeUndefined();
    const council = await draftOf(
      [
        'COUNCIL OF THE EUROPEAN UNION',
        'PRESS RELEASE 512/26',
        '4 March 2026',
        'Council agrees position on data',
        '',
        'Dr Ona Puig welcomed it.',
      ].join('\n'),
    );
    expect(council.source.name).toBe('Council agrees position on data');
  });
});
