import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Round 13 shapes (issue 22): units named by code or in quotation marks, a press release's label
// line, two names joined by "and", the rest of a list whose one member is an organisation.

const { draftOf } = articleDrafter('pg-draft-units-lists-');

describe('units and lists', () => {
  it('a unit is named by its own words, with its code kept as an alias', async () => {
    const seed = await draftOf(
      [
        'Who runs the sandbox',
        '',
        'The sandbox is run by Unit D.4 "Data Spaces and Interoperability" of the Directorate-General for Health and Food Safety, headed by Dr Mette Kjærgaard. Her colleague Dr Jonas Weber, Policy Officer, Unit A.2 Health Security Preparedness, joined later.',
      ].join('\n'),
    );
    const units = seed.entities.filter((e) => e.kind === 'UNIT');
    expect(units.map((u) => [u.name, u.aliases])).toEqual([
      [
        'Data Spaces and Interoperability',
        ['Unit D.4 Data Spaces and Interoperability', 'D.4 Data Spaces and Interoperability'],
      ],
      [
        'Health Security Preparedness',
        ['Unit A.2 Health Security Preparedness', 'A.2 Health Security Preparedness'],
      ],
    ]);
    expect(seed.names('org:')).not.toContain('Unit D');
  });

  it('a press release’s label line is no title, and the source is a PRESS_RELEASE', async () => {
    const seed = await draftOf(
      [
        'PRESS RELEASE – EMBARGOED UNTIL 10:00 CET',
        '',
        'Tartu, 4 May 2026 – The University of Tartu today opened its Centre for Kidney Twins, said Prof. Kadri Tamm.',
      ].join('\n'),
    );
    expect(seed.source.kind).toBe('PRESS_RELEASE');
    expect(String(seed.source.name)).not.toMatch(/PRESS RELEASE/);
  });

  it('"X Medical Centre and Kessler Klinikum" are two organisations, "Heart and Lung Institute" one', async () => {
    const seed = await draftOf(
      [
        'New partners',
        '',
        'The pilot runs at Rhine Valley Medical Centre and Kessler Klinikum, and at the Brompton Heart and Lung Institute, said Dr Ruth Abebe.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Rhine Valley Medical Centre',
        'Kessler Klinikum',
        'Brompton Heart and Lung Institute',
      ]),
    );
    expect(seed.names('org:').join(' | ')).not.toMatch(/Centre and Kessler/);
  });

  it('in a list where one member is an organisation, the other names are organisations too; places are not', async () => {
    const seed = await draftOf(
      [
        'Pilot sites',
        '',
        'Dr Ruth Abebe of the Karlsruhe Institute of Technology said the first partners are Nordlys Analytics, the Karlsruhe Institute of Technology, Charles University and Medivant Bio. The pilots run in Catalonia, Silesia and Brussels; KU Leuven, Ozempic and Wegovy were named too.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Nordlys Analytics', 'Medivant Bio']),
    );
    expect(seed.names('org:').join(' | ')).not.toMatch(/Catalonia|Silesia|Ozempic|Wegovy/);
  });

  it('"… Ventures", "… Holdings", "… Investments" are organisations’ heads', async () => {
    const seed = await draftOf(
      [
        'Funding round',
        '',
        'The Lisbon health investor Caixa Saúde Ventures led the round, said Dr Ana Reis; Nordlys Holdings also took part.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Caixa Saúde Ventures', 'Nordlys Holdings']),
    );
  });

  it('review: "Unit 4 of the course", "Unit Costs", "Head of Unit Maria Rossi", datelines before a dash, "X and <city>" are read as such', async () => {
    const seed = await draftOf(
      [
        'source: Course notes',
        'date: 2026-05-20',
        '---',
        'Stockholm – Karolinska University Hospital – Innovation Day',
        '',
        'Unit 4 of the course covers data protection. Unit Costs are listed in Annex II. Head of Unit Maria Rossi opened the meeting. The trial runs at Ghent University Hospital and Antwerp, said Dr Els Maes.',
      ].join('\n'),
    );
    expect(seed.source.name).toBe('Course notes');
    expect(seed.names('org:').sort()).toEqual([
      'Ghent University Hospital',
      'Karolinska University Hospital',
    ]);
    expect(seed.names('person:')).toEqual(expect.arrayContaining(['Maria Rossi', 'Els Maes']));
  });
});
