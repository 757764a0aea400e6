import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Ordinary English that the cues of issue 22's rounds 10–12 must leave alone (found by a review
// that drafted texts unlike the benchmark's).

const { draftOf, role } = articleDrafter('pg-draft-ordinary-english-');

describe('ordinary English stays ordinary', () => {
  it('terms with their acronyms, an investor by name, "heads the AI team", "the NATO response" propose nothing', async () => {
    const seed = await draftOf(
      [
        'Opinion',
        '',
        'Artificial intelligence (AI) and Electronic health records (EHR) change care, said Dr Lena Weber, who heads the AI team at Klinikum Nordstadt. The investor Warren Buffett was not involved. Dr Weber also coordinates the NATO response to cyber attacks.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['Klinikum Nordstadt']);
    expect(seed.names('project:')).toEqual([]);
  });

  it('"X, head of health at the World Economic Forum" keeps the role; "said X, at the inauguration of Y" gives none at Y', async () => {
    const seed = await draftOf(
      [
        'Toulouse',
        '',
        '"Space helps health," said Claire Martin, head of health at the World Economic Forum. "We agree," said Paul Roux, at the inauguration of the Toulouse Space Centre on Saturday.',
      ].join('\n'),
    );
    expect(role(seed, 'person:claire-martin', 'org:world-economic-forum')).toBeDefined();
    const centre = seed.entities.find((e) => e.name === 'Toulouse Space Centre');
    if (centre) expect(role(seed, 'person:paul-roux', centre.id)).toBeUndefined();
  });

  it('"The World Health Summit begins on 20 May": the summit’s own day', async () => {
    const seed = await draftOf(
      [
        'source: Summit ahead',
        'date: 2026-05-14',
        '---',
        'BERLIN, 14 May 2026 – The World Health Summit begins on 20 May 2026, said Dr Lena Weber.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([expect.objectContaining({ date: '2026-05-20' })]);
  });

  it('"last week" governs the weekday right after it, and on a Sunday the week just ending', async () => {
    const sunday = await draftOf(
      [
        'source: Weekly',
        'date: 2026-03-29',
        '---',
        'Last week, on Thursday and Friday, some 60 experts met in Graz for the workshop "Bone Twins", said Dr Lena Weber.',
      ].join('\n'),
    );
    expect(events(sunday)).toEqual([
      expect.objectContaining({ date: '2026-03-26', endDate: '2026-03-27' }),
    ]);
    const future = await draftOf(
      [
        'source: Weekly',
        'date: 2026-03-25',
        '---',
        'Last week the agency said that on Friday it will hold a hearing in Brussels, said Dr Lena Weber.',
      ].join('\n'),
    );
    expect(events(future)).toEqual([expect.objectContaining({ date: '2026-03-27' })]);
  });

  it('second review: sentence adverbs, a verb alone, "Clinical Decision", "a rainy Sunday", "the milestones we met" make nothing up', async () => {
    const seed = await draftOf(
      [
        'source: Diary',
        'date: 2026-05-20',
        '---',
        'Meanwhile the Baltic Health Foundation, headed by Eva Kask, doubled its budget. Today the Alpine Data Institute, headed by Urs Keller, opened. We met on a rainy Sunday to plan. The milestones we met on 4 May were modest. Clinical Decision Support Systems: A Review was published last year.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([]);
    expect(seed.names('org:').sort()).toEqual([
      'Alpine Data Institute',
      'Baltic Health Foundation',
    ]);
    expect(seed.names('doc:')).toEqual([]);
    expect(role(seed, 'person:eva-kask', 'org:baltic-health-foundation')).toMatchObject({
      title: 'Head',
    });
  });

  it('"was elected chair of", "(Org, City), Title" and a hard-wrapped line keep the role', async () => {
    const seed = await draftOf(
      [
        'Board news',
        '',
        'Ingrid Solberg was elected chair of the Nordic Twin Foundation on Monday. Tomas Berglund (Charles University, Prague), Professor of Neurology, spoke. We thank Rui Costa, professor at the',
        'Lisbon Data Institute, and our colleagues at Roche.',
      ].join('\n'),
    );
    expect(role(seed, 'person:ingrid-solberg', 'org:nordic-twin-foundation')).toMatchObject({
      title: 'chair',
    });
    expect(role(seed, 'person:tomas-berglund', 'org:charles-university')).toMatchObject({
      title: 'Professor of Neurology',
    });
    expect(role(seed, 'person:rui-costa', 'org:lisbon-data-institute')).toBeDefined();
  });

  it('code review: an organisation inside a portfolio, a list of people, "the conference Commissioner X", a sentence before an acronym, a list item’s author, a unit by code', async () => {
    const seed = await draftOf(
      [
        'Notes',
        '',
        'Anna Berg, Director Digital Health at Siemens Healthineers, Erlangen, spoke first. Speakers were Maria Rossi, Jan Kowalski, Ghent University Hospital and Peter Smith. At the conference Commissioner Olivér Várhelyi presented a plan on 3 March 2026. The Health Data Authority manages national health records (HDA). The call is run by Unit C.3 of DG SANTE.',
        '',
        '- Digital Twin Roadmap – Jan Novak, DG CNECT',
      ].join('\n'),
    );
    expect(role(seed, 'person:anna-berg', 'org:siemens-healthineers')).toBeDefined();
    expect(seed.names('org:')).not.toEqual(
      expect.arrayContaining(['Maria Rossi', 'Jan Kowalski', 'Peter Smith']),
    );
    expect(seed.names('org:').join(' | ')).not.toMatch(/manages|Rossi|Kowalski|Smith/);
    expect(seed.names('org:')).toContain('Unit C.3');
    expect(seed.names('event:').join(' | ')).not.toMatch(/Commissioner/);
    expect(seed.names('doc:')).toEqual(['Digital Twin Roadmap']);
  });
});
