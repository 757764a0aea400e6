import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of blind rounds 29–31 (issue 22): hearings, announcements, trade press; other words.

const { draftOf, role } = articleDrafter('pg-draft-hearings-');

describe('hearings and announcements', () => {
  it('an English name whose head comes first takes an acronym of another language ("Committee on Transport (TRAN)")', async () => {
    const seed = await draftOf(
      [
        'Hearing on rail data',
        '',
        'The Committee on Transport and Tourism (TRAN) met in Strasbourg on 4 March 2026. Opening the meeting, TRAN Chair Elsa Lindqvist (Renew, Sweden) said that "data must move as freely as trains".',
      ].join('\n'),
    );
    const committee = seed.entities.find((e) => e.name === 'Committee on Transport and Tourism');
    expect(committee).toMatchObject({ acronym: 'TRAN' });
    expect(role(seed, 'person:elsa-lindqvist', committee!.id)).toMatchObject({ title: 'Chair' });
    expect(role(seed, 'person:elsa-lindqvist', 'org:renew')).toBeDefined();
  });

  it('keeps the words before a head that comes first ("the Danish Agency for Patient Safety (STPS)")', async () => {
    const seed = await draftOf(
      'Agency news\n\nThe Danish Agency for Patient Safety (STPS) published guidance on 2 March 2026.\n',
    );
    expect(seed.names('org:')).toContain('Danish Agency for Patient Safety');
  });

  it('a span counted from something else ("48 hours before the event") dates no event', async () => {
    const seed = await draftOf(
      [
        'Webinar: models in the clinic',
        'Published 2 December 2026',
        '',
        'Dr Maren Falk of the Helgeland Institute will present. Dial-in details will be emailed 48 hours before the event. Slides will follow three days later.',
      ].join('\n'),
    );
    expect(seed.names('event:')).toEqual([]);
  });

  it('polytechnics, funds and venture firms are organisations, never people', async () => {
    const seed = await draftOf(
      [
        'Funding round closed',
        '',
        'The round was led by Ostwind Ventures, joined by the Baltic Innovation Fund. The study is coordinated by Politecnico di Bari, with Professor Lucia Greco, Professor of Bioengineering, Politecnico di Bari.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Lucia Greco']);
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Ostwind Ventures', 'Baltic Innovation Fund', 'Politecnico di Bari']),
    );
    expect(role(seed, 'person:lucia-greco', 'org:politecnico-di-bari')).toBeDefined();
  });

  it('press contacts are people; a building or prize named after someone is not', async () => {
    const seed = await draftOf(
      [
        'Commission news',
        '',
        'The session took place in the Paul-Henri Spaak building in Brussels on 3 March 2026, where the Marie Curie Prize was awarded.',
        '',
        '(For more information: Anneke de Vries – Tel.: +32 2 299 11 22; Tomás Rey – Tel.: +32 2 298 33 44)',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Anneke de Vries', 'Tomás Rey']);
  });

  it('names a study in sentence case and an index "published by" as documents', async () => {
    const seed = await draftOf(
      [
        'Study news',
        '',
        'The Review of data access in Nordic hospitals, carried out by Fjord Analytics AS, was published on 2 March 2026. Consider the Clinical Data Maturity Index 2026, published by the Nordic Health Observatory.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'Review of data access in Nordic hospitals',
        'Clinical Data Maturity Index 2026',
      ]),
    );
  });
});

describe('organisations listed with an acronym', () => {
  it('"A (ACR), B, Two Words and the Danish start-up C": the plain pair is an organisation, the nationality is not', async () => {
    const seed = await draftOf(
      [
        'Who answered',
        '',
        'Industry was represented on 2 March 2026 by the European Association of Imaging Vendors (EAIV), MedData Europe, Philips Healthcare and the Danish start-up Corti.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Philips Healthcare');
    expect(seed.names('org:').join('|')).not.toMatch(/^Danish$|\|Danish(\||$)/);
  });
});

describe('members of the Parliament', () => {
  it('"X MEP (Group, Country)" without a comma: a person, an MEP of the Parliament and of the group', async () => {
    const seed = await draftOf(
      'Roundtable\n11 February 2026\n\nAino Salonen MEP (Renew Europe, Finland) argued for guidance on 11 February 2026.\n',
    );
    expect(seed.names('person:')).toEqual(['Aino Salonen']);
    expect(role(seed, 'person:aino-salonen', 'org:european-parliament')).toMatchObject({
      title: 'MEP',
    });
    expect(role(seed, 'person:aino-salonen', 'org:renew-europe')).toBeDefined();
  });
});

describe('visits', () => {
  it('"we welcomed a delegation" is a visit; ", the visitors toured …" ends the leader’s apposition', async () => {
    const seed = await draftOf(
      [
        'Newsletter',
        '',
        'On 19/03/2026 we welcomed a delegation from DG SANTE. Led by Dr Ana Ferreira, who heads the Digital Health unit at DG SANTE, the visitors toured the new clinic and met researchers from the Porto Institute of Biomedicine.',
      ].join('\n'),
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:'))).toEqual([
      expect.objectContaining({ name: 'Visit', date: '2026-03-19' }),
    ]);
    expect(role(seed, 'person:ana-ferreira', 'org:porto-institute-of-biomedicine')).toBeUndefined();
  });
});
