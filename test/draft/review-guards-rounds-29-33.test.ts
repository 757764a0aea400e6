import { describe, expect, it } from 'vitest';
import { findPercentages } from '../../src/draft/percentages.js';
import { articleDrafter } from './draft-of.js';

// Misfires a reviewer found in the rules of blind rounds 29–33 (issue 22), kept from coming back.

const { draftOf, role } = articleDrafter('pg-draft-guards-29-');

describe('page openings', () => {
  it('a headline over breadcrumbs, or "Headline – Analysis", is no publisher', async () => {
    const crumbs = await draftOf(
      'Ministers agree data package after long talks\nHome > News > Health\nBrussels, 14 April 2026\n\n"A good day," said Dr Anna Berg, rapporteur of the European Parliament.\n',
    );
    expect(crumbs.source).toMatchObject({ name: 'Ministers agree data package after long talks' });
    expect(crumbs.source).not.toHaveProperty('publisher');
    const section = await draftOf(
      'Why Europe still lacks a data union – Analysis\nBy Tomas Lind\n12 May 2026\n\nMember states resisted, said Dr Eva Holm of the Nordic Health Institute.\n',
    );
    expect(section.source).not.toHaveProperty('publisher');
  });

  it('an event line "Online info session – Thursday 12 March 2026" still dates the event', async () => {
    const seed = await draftOf(
      'Info session on the EU4Health call\nOnline info session – Thursday 12 March 2026\n\nThe webinar on the EU4Health call will be moderated by Dr Lena Ek of the Swedish eHealth Agency.\n',
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:'))).toEqual([
      expect.objectContaining({ date: '2026-03-12' }),
    ]);
  });
});

describe('roles and people', () => {
  it('"she"/"he" after two people gives no role; an organisation’s event is no role', async () => {
    const seed = await draftOf(
      'New panel\n28 February 2026\n\nCommissioner Anna Berg welcomed Professor Tomas Lind to the panel on Monday. She joined the European Commission in 2019. Later he joined the European Commission’s press conference.\n',
    );
    expect(role(seed, 'person:tomas-lind', 'org:european-commission')).toBeUndefined();
    const berg = role(seed, 'person:anna-berg', 'org:european-commission') as
      { evidence?: string } | undefined;
    expect(berg?.evidence ?? '').not.toMatch(/She joined/);
  });

  it('keeps "the chair of the Committee on Public Health, Annelies Verhoeven (EPP)" a person, and a full agency name', async () => {
    const seed = await draftOf(
      'Hearing\n3 March 2026\n\nThe hearing was opened by the chair of the Committee on Public Health, Annelies Verhoeven (EPP). The European Health and Digital Executive Agency manages the call.\n',
    );
    expect(seed.names('person:')).toContain('Annelies Verhoeven');
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Committee on Public Health',
        'European Health and Digital Executive Agency',
      ]),
    );
  });

  it('a list after a unit is no parent; a company before ", of the" is no person; a name before a line break is', async () => {
    const seed = await draftOf(
      'Award\n8 June 2026\n\nDr Rui Costa, of the Department of Health, the European Commission and WHO, joined them. Novo Nordisk, of the Novo Holdings group, sponsored it. Speakers: Anna Berg\nAward ceremony at 18:00.\n',
    );
    expect(seed.names('org:').join('|')).not.toMatch(/Department of Health, European Commission/);
    expect(seed.names('person:').sort()).toEqual(['Anna Berg', 'Rui Costa']);
  });
});

describe('documents, places and figures', () => {
  it('an organisation "for the Study of …" and an everyday index are no documents; "Capital Markets Union" is no organisation', async () => {
    const seed = await draftOf(
      'Liver experts meet\n5 June 2026\n\nThe European Association for the Study of the Liver met in Vienna on 4 June 2026, said spokesperson Anna Berg. Body Mass Index data and the Capital Markets Union were discussed.\n',
    );
    expect(seed.names('doc:')).toEqual([]);
    expect(seed.names('org:').join('|')).not.toMatch(/Capital Markets/);
  });

  it('quoted speech may name the city ("host this meeting in Lisbon,")', async () => {
    const seed = await draftOf(
      'Hosting the ministers\n15 May 2026\n\n"It was an honour to host this meeting in Lisbon," said Minister Rui Costa after the informal meeting of health ministers on 14 May 2026.\n',
    );
    expect(seed.entities.find((e) => e.id.startsWith('event:'))).toMatchObject({ city: 'Lisbon' });
  });

  it('a decimal comma is read; a change ("rose by 12 per cent") or a figure over 100% is no share', () => {
    const found = findPercentages(
      'About 12,5 % of clinics use it. Spending rose by 12 per cent. Output grew 1,050% in a year.',
    );
    expect(found.map((q) => q.value)).toEqual([12.5]);
  });
});
