import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/draft/quantities.js';
import { articleDrafter } from './draft-of.js';

// Shapes found in review of the draft (issue 22): legal forms that are English words, a place's
// name after a job title, what a figure counts, a one-sentence paragraph that dates an event.

const { draftOf, role } = articleDrafter('pg-draft-names-');

describe('company names with their legal forms', () => {
  it('ends a name at "AS", "SE" or "A/S" written as companies write them, not in a title in capitals', async () => {
    const seed = await draftOf(
      'Consortium grows\n\nNordvik Insight AS joined the consortium on 4 May 2026. Kardiotech A/S also joined, as did Helio Systems SE. TWINS AS A SERVICE is the project motto.\n',
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Nordvik Insight AS', 'Kardiotech A/S', 'Helio Systems SE']),
    );
    expect(seed.names('org:').join(' ')).not.toMatch(/TWINS/);
  });

  it('reads legal forms the names toolkit keeps (UAB, OÜ, SIA, S.à r.l.), and finds the company again by its name', async () => {
    const seed = await draftOf(
      'Baltic partners\n\nMedinor UAB, Tallinn Twin OÜ and Rigas Dati SIA signed on 4 May 2026, with Lumora Consulting S.à r.l. as adviser. Medinor chief executive Ana Ou said the data is ready.\n',
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Medinor UAB',
        'Tallinn Twin OÜ',
        'Rigas Dati SIA',
        'Lumora Consulting S.à r.l.',
      ]),
    );
    expect(seed.names('person:')).toEqual(['Ana Ou']);
    expect(role(seed, 'person:ana-ou', 'org:medinor-uab')).toBeDefined();
  });

  it('reads a name with two particles ("van der Linden") and a dateline with "the Netherlands"', async () => {
    const seed = await draftOf(
      'Funding round\n\nEINDHOVEN, the Netherlands, 2 June 2026 — "Cardiologists want to test a therapy on the twin first," said Dr Femke van der Linden, co-founder and chief executive of Veldhoven Twin Systems B.V.\n',
    );
    expect(seed.names('person:')).toEqual(['Femke van der Linden']);
    expect(seed.source.published).toBe('2026-06-02');
    expect(
      role(seed, 'person:femke-van-der-linden', 'org:veldhoven-twin-systems-b-v'),
    ).toMatchObject({ title: 'co-founder and chief executive' });
  });

  it('does not take a place named after a job title for a person', async () => {
    const seed = await draftOf(
      'Trial begins\n\nLead Partner Charité Berlin coordinates the trial, said Anna Lindqvist on 2 March 2026.\n',
    );
    expect(seed.names('person:')).toEqual(['Anna Lindqvist']);
  });
});

describe('figures', () => {
  it('counts up to the plural noun, through "EU-funded" and "publicly funded"', () => {
    const counts = findQuantities(
      'Three Horizon Europe-funded projects, 12 EU-funded hospitals take part, five publicly funded registries and 19 countries carried out tests.',
    ).map((q) => `${q.value} ${q.counts}`);
    expect(counts).toEqual([
      '3 Horizon Europe-funded projects',
      '12 EU-funded hospitals',
      '5 publicly funded registries',
      '19 countries',
    ]);
  });

  it('reads spelled-out compounds, "of us" and a limit named before it', () => {
    const found = findQuantities(
      'Forty-two representatives took part. We were about sixty of us. Places are limited to 120. It ran for twenty-one days.',
    ).map((q) => `${q.qualifier ?? ''} ${q.value} ${q.counts}`.trim());
    expect(found).toEqual(['42 representatives', 'about 60 people', 'limited to 120 places']);
  });

  it('an audience "before some 150 clinicians" goes on the event', async () => {
    const seed = await draftOf(
      'Launch\n\nGraz, 3 March 2026 – The Styrian Kidney Institute today launched its twin platform at a ceremony before some 150 clinicians and officials, said Dr Eva Huber.\n',
    );
    const event = seed.entities.find((e) => e.id.startsWith('event:'));
    expect(event?.quantities).toEqual([{ counts: 'clinicians', value: 150, qualifier: 'some' }]);
  });
});

describe('a quoted title with a question mark', () => {
  it('keeps the sentence whole, so its figure goes on the document', async () => {
    const seed = await draftOf(
      'Summit report\n\nResearchers met in Vienna on 24 February 2027 for the In Silico Europe Summit. EAISM presented its position paper "Evidence Without Patients? Regulatory Pathways for In Silico Trials", which sets out 24 recommendations for regulators.\n',
    );
    const paper = seed.entities.find((e) => String(e.name).startsWith('Evidence Without'));
    expect(paper?.quantities).toEqual([{ counts: 'recommendations', value: 24 }]);
    expect(seed.entities.find((e) => e.id.startsWith('event:'))?.name).toBe(
      'In Silico Europe Summit',
    );
  });
});

describe('events', () => {
  it('dates an event from a one-sentence paragraph without joining it to the paragraph above', async () => {
    const seed = await draftOf(
      'Twins news\n\nLindqvist said Kardiotech is a member of the European Twin Alliance.\n\nHealth Commissioner Olivér Várhelyi spoke at the Digital Assembly 2026 in Lisbon on 10 May 2026.\n',
    );
    const event = seed.entities.find((e) => e.id.startsWith('event:'));
    expect(event).toMatchObject({
      name: 'Digital Assembly 2026',
      date: '2026-05-10',
      city: 'Lisbon',
    });
    expect(String(event?.quote)).not.toMatch(/Kardiotech/);
    expect(seed.names('org:')).not.toContain('Digital Assembly 2026');
  });
});

describe('roles', () => {
  it('gives no role from what someone said about another', async () => {
    const seed = await draftOf(
      'Alliance grows\n\nAnna Lindqvist said Kardiotech A/S is a founding member of the European Twin Alliance. Professor Jonas Weber is now Scientific Director of the Nordic Twin Institute.\n',
    );
    const roles = seed.relationships.filter((r) => r.type === 'HOLDS_ROLE');
    expect(roles.map((r) => [r.from, r.to, r.title])).toEqual([
      ['person:jonas-weber', 'org:nordic-twin-institute', 'Scientific Director'],
    ]);
  });
});
