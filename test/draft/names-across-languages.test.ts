import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Names that look like something else (issue 22, round 11): a surname that folds to a legal form
// ("Sá"), an elided surname ("Dall'Olio"), an Italian title ("Prof.ssa"), "Mr" before a name,
// an information session, a title's words that are no person.

const { draftOf } = articleDrafter('pg-draft-names-languages-');

describe('names across languages', () => {
  it('"Dr Inês Sá da Costa" and "Prof.ssa Chiara Dall’Olio" are people; "Mr" is no organisation', async () => {
    const seed = await draftOf(
      [
        'Secondary Use of Health Data: a workshop',
        '',
        "Speakers: Dr Inês Sá da Costa, Head of Data Services, Lusitânia Saúde Digital (LSD); Prof.ssa Chiara Dall'Olio, Vice-Rector for Research, University of Pavia; Dr Jean Lemoine, research director at Inria, Mr Pieter Claessens, Chief Executive Officer of Twinova NV.",
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Inês Sá da Costa', "Chiara Dall'Olio", 'Pieter Claessens']),
    );
    expect(seed.names('person:')).not.toContain('Secondary Use');
    expect(seed.names('org:')).not.toContain('Mr');
    expect(seed.names('org:').join(' ')).not.toMatch(/Costa/);
  });

  it('"A first information session, held in Brussels on 27 November 2025" is an event, named by its noun', async () => {
    const seed = await draftOf(
      [
        'source: Health AI Sandboxes',
        'date: 2026-01-20',
        '---',
        'The programme is run by Dr Anna Berg-Lindahl. A first information session, held in Brussels on 27 November 2025, gathered more than 450 participants.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ date: '2025-11-27', city: 'Brussels' }),
    ]);
    expect(seed.names('event:')[0]).toMatch(/information session/i);
  });

  it('"Gémeo Saúde, S.A.", "Vlaams Zorg- en Innovatiefonds NV" and a unit in Catalan are organisations, not people', async () => {
    const seed = await draftOf(
      [
        'Funding round',
        '',
        'Gémeo Saúde, S.A., a Porto-based start-up, has raised €9 million from the Vlaams Zorg- en Innovatiefonds NV. Its models were built with the Unitat de Models Cardíacs of the Institut Català de Salut Digital, said Dr Pau Ferrer.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Gémeo Saúde, S.A.',
        'Vlaams Zorg- en Innovatiefonds NV',
        'Unitat de Models Cardíacs',
      ]),
    );
    expect(seed.names('person:')).toEqual(['Pau Ferrer']);
  });

  it('a surname alone before the full name ("Dear Rector Kowalewska-Nowak, …" then "Prof. Anna Kowalewska-Nowak") is that person, not another', async () => {
    const seed = await draftOf(
      [
        'Speech',
        '',
        'Dear Rector Kowalewska-Nowak, dear colleagues,',
        '',
        'Prof. Anna Kowalewska-Nowak, Rector of the Medical University of Łódź, reminded us that twins need data.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Anna Kowalewska-Nowak']);
  });

  it('a spaced dash joins two parts of one name ("Hôpital X – Université Y"), not a name and its unit; "van \'t Hoff" is one person', async () => {
    const seed = await draftOf(
      [
        'Network news',
        '',
        "The Klinikum Nordstadt – Universitätsklinik Hannover joined the network, said Dr Pieter van 't Wout. Dr Rinske Bakker of the Agence Nationale – Unit B.4 spoke later. NEUROX – Neural Twins for Epilepsy – held its first meeting.",
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Klinikum Nordstadt – Universitätsklinik Hannover');
    expect(seed.names('org:').join(' ')).not.toMatch(/Agence Nationale – Unit/);
    expect(seed.names('org:').join(' ')).not.toMatch(/NEUROX –/);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(["Pieter van 't Wout", 'Rinske Bakker']),
    );
  });

  it('a name glossed in English is one organisation, the English name an alias; "e" joins Portuguese surnames', async () => {
    const seed = await draftOf(
      [
        'BRAGA, 3 June 2026 – The Centro Clínico do Minho (Minho Clinical Centre, CCM) and the Universidade do Minho (University of Minho) today opened a twin lab with the Instituto de Saúde Digital em Braga (Institute for Digital Health in Braga, ISDB).',
        '',
        '"We start with forty patients," said Professor Ana Rita Costa e Silva, head of cardiology at the CCM.',
        '',
        'Press contact: Rui Tavares Lopes, imprensa@example.pt',
      ].join('\n'),
    );
    const orgs = seed.entities.filter((e) => e.id.startsWith('org:'));
    expect(orgs.map((o) => [o.name, o.aliases ?? []])).toEqual([
      ['Centro Clínico do Minho', ['Minho Clinical Centre']],
      ['Instituto de Saúde Digital em Braga', ['Institute for Digital Health in Braga']],
      ['Universidade do Minho', ['University of Minho']],
    ]);
    expect(seed.names('person:').sort()).toEqual(['Ana Rita Costa e Silva', 'Rui Tavares Lopes']);
  });

  it('"Committee on Industry, Research and Energy (ITRE)": the acronym spells what the committee is on, and the name keeps its comma', async () => {
    const seed = await draftOf(
      [
        'The Committee on Industry, Research and Energy (ITRE) met on 4 March 2026 in Brussels.',
        'Anna Berg, Vice-Chair of the Committee on Industry, Research and Energy, opened the meeting.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['Committee on Industry, Research and Energy']);
  });

  it('keeps a Portuguese article after a connector inside a name ("Agência para o Acesso …")', async () => {
    const seed = await draftOf(
      "Dr Ana Costa chairs the board of Portugal's new access body, the Agência para o Acesso a Dados de Saúde (AADS).",
    );
    expect(seed.names('org:')).toContain('Agência para o Acesso a Dados de Saúde');
    expect(seed.names('org:')).not.toContain('Agência');
  });
});
