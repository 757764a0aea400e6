import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Shapes blind rounds 109–111 (and the last held-out set) showed (issue 22): a call's lists of
// participants, …

const { draftOf, role } = articleDrafter('pg-draft-rounds-109-');

describe('rounds 109–111', () => {
  it('reads a transcript’s participants lists: people, their firms, the company’s officers', async () => {
    const seed = await draftOf(
      [
        'Meridex Health SE (MDX.DE) Q1 2026 Earnings Call Transcript',
        'May 5, 2026 2:00 PM CET',
        '',
        'Company Participants',
        'Elin Sørby - Head of Investor Relations',
        'Tomasz Wróbel - Chief Financial Officer',
        '',
        'Conference Call Participants',
        'Ruairí Ó Dálaigh - Oddo BHF',
        'Benedetta Ferri - Mediobanca',
        '',
        'Operator',
        'Welcome to the Meridex Health first quarter call. I now hand over to Elin Sørby.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Elin Sørby', 'Tomasz Wróbel', 'Benedetta Ferri']),
    );
    expect(seed.names('org:')).toEqual(expect.arrayContaining(['Oddo BHF', 'Mediobanca']));
    expect(seed.names('org:')).not.toContain('Company Participants');
    expect(seed.names('org:')).not.toContain('Investor Relations');
    expect(role(seed, 'person:benedetta-ferri', 'org:mediobanca')).toBeDefined();
    expect(role(seed, 'person:tomasz-wrobel', 'org:meridex-health-se')?.title).toBe(
      'Chief Financial Officer',
    );
  });

  it('keeps a ministry’s fields and the region it serves in one name', async () => {
    const seed = await draftOf(
      'The pilot is funded by the Ministry of Social Affairs, Health and Integration of Baden-Württemberg, said Dr Ana Costa of Agence Exemple.',
    );
    expect(seed.names('org:')).toContain(
      'Ministry of Social Affairs, Health and Integration of Baden-Württemberg',
    );
    expect(seed.names('org:')).not.toContain('Integration of Baden-Württemberg');
  });

  it('keeps a department’s patron in quotes, before "at" its university', async () => {
    const seed = await draftOf(
      'Dr Ana Costa of the Department of Electrical, Electronic and Information Engineering "Guglielmo Marconi" at the University of Bologna presented the model.',
    );
    expect(seed.names('org:')).toContain(
      'Department of Electrical, Electronic and Information Engineering "Guglielmo Marconi"',
    );
  });

  it('reads a parliament list’s names with the surname in capitals, before or after', async () => {
    const seed = await draftOf(
      [
        'Key players',
        '',
        'Rapporteur: MARTÍNEZ ORTEGA Lucía (EPP)   Appointed 27/11/2025',
        'Shadow rapporteurs:',
        'VAN DEN BERGHE Pieter (Renew)',
        'LINDQVIST Sofie (Greens/EFA)',
        '',
        'Members of the mission:',
        'Ingrid SØRENSEN (S&D)',
        'Caoimhe NÍ BHRIAIN (Greens/EFA)',
        '',
        'Dr Ana Costa of Agence Exemple welcomed Jonas Vaitkus MEP and Medaris AI.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining([
        'Lucía Martínez Ortega',
        'Pieter Van den Berghe',
        'Sofie Lindqvist',
        'Ingrid Sørensen',
        'Caoimhe Ní Bhriain',
      ]),
    );
    // (letters after a name, an acronym: no surname)
    expect(seed.names('person:').filter((n) => /MEP|Mep|Medaris/.test(n))).toEqual([]);
  });

  it('reads a committee’s list, one member a line, from the member it knows', async () => {
    const seed = await draftOf(
      [
        'Ljubljana, December 2025',
        'Nina Žagar · Siobhán Gallagher · Marco Viceconti (Eds.)',
        '',
        'Programme Committee Chairs',
        'Dr Ana Costa, Agence Exemple, France',
        'Jakob Eder, Medical University of Vienna, Austria',
        'Ioana Popescu, Carol Davila University of Medicine and Pharmacy, Romania',
        'Mirjam van Gelder, Amsterdam UMC, The Netherlands',
        '',
        'Press contact:',
        'Stabsstelle Unternehmenskommunikation, Agence Exemple',
        'Sabine Obermaier, Press Officer',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Jakob Eder', 'Ioana Popescu', 'Mirjam van Gelder', 'Nina Žagar']),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Carol Davila University of Medicine and Pharmacy', 'Amsterdam UMC']),
    );
    expect(seed.names('org:')).not.toContain('Programme Committee Chairs');
    expect(seed.names('org:')).not.toContain('Eds');
    expect(seed.names('person:')).not.toContain('Stabsstelle Unternehmenskommunikation');
    expect(role(seed, 'person:mirjam-van-gelder', 'org:amsterdam-umc')).toBeDefined();
  });

  it('reads "Professor X van der Y of Z Hospital" as a person and where they work', async () => {
    const seed = await draftOf(
      'CARDIOTWIN-EU, coordinated by Professor Femke van der Heijden of Erasmus Hospital in Rotterdam, will develop twins.',
    );
    expect(seed.names('person:')).toEqual(['Femke van der Heijden']);
    expect(seed.names('org:')).toContain('Erasmus Hospital');
  });

  it('reads a council’s minutes: an alderwoman’s title, and each councillor a plural title lists', async () => {
    const seed = await draftOf(
      [
        'Present: Katrien Van Damme, Mayor, chair; Sofie Wouters, Alderwoman for Finance; Councillors Fatma Yıldız, Pieter-Jan De Wachter, Koen Maes and 28 other members.',
        'Excused: Councillors Bram Verstraete, Ilse Janssens and Wim Dierckx.',
        '',
        'Alderwoman Wouters introduced the item, said Dr Ana Costa of Agence Exemple.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining([
        'Sofie Wouters',
        'Fatma Yıldız',
        'Pieter-Jan De Wachter',
        'Koen Maes',
        'Ilse Janssens',
        'Wim Dierckx',
      ]),
    );
    expect(seed.names('person:').filter((n) => n.startsWith('Alderwoman'))).toEqual([]);
  });

  it('reads a group page’s publications and an encyclopedia’s references as documents', async () => {
    const seed = await draftOf(
      [
        'Dr Ana Costa of Agence Exemple leads the group.',
        '',
        'Selected publications',
        'Costa A, Ní Bhriain A, Kříž T. Virtual brain twins predict seizure propagation in epilepsy. Nature Computational Science. 2025;5(9):812–825.',
        'Costa A, Vlčková Z (eds.). Virtual brain twins in Czech healthcare: a roadmap to 2030. Prague: Agence Exemple; 2025.',
        '',
        'References',
        '1. "Münchner Start-up sammelt 18 Millionen Euro ein". Süddeutsche Zeitung. 12 May 2021.',
        '2. "Agence Exemple and Virtuome join forces on virtual hearts" (Press release). Agence Exemple. 7 March 2023.',
      ].join('\n'),
    );
    const docs = seed.entities.filter((e) => e.id.startsWith('doc:'));
    const kindOf = (name: string) => docs.find((d) => d.name === name)?.kind;
    expect(kindOf('Virtual brain twins predict seizure propagation in epilepsy')).toBe('ARTICLE');
    expect(kindOf('Virtual brain twins in Czech healthcare: a roadmap to 2030')).toBe('ROADMAP');
    expect(kindOf('Münchner Start-up sammelt 18 Millionen Euro ein')).toBe('ARTICLE');
    expect(kindOf('Agence Exemple and Virtuome join forces on virtual hearts')).toBe(
      'PRESS_RELEASE',
    );
    expect(seed.names('org:')).toContain('Süddeutsche Zeitung');
  });

  it('reads French, Spanish and Catalan names written in sentence case, up to an English word', async () => {
    const seed = await draftOf(
      "Dr Ana Costa of the Agence régionale de santé Provence-Alpes-Côte d'Azur met the Institut national de la santé et de la recherche médicale and the Comitè d'Ètica de la Investigació amb medicaments de l'Hospital Universitari Sant Jordi in Marseille. Hospital beds per patient fell, and the Commission proposed a plan.",
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        "Agence régionale de santé Provence-Alpes-Côte d'Azur",
        'Institut national de la santé et de la recherche médicale',
        "Comitè d'Ètica de la Investigació amb medicaments de l'Hospital Universitari Sant Jordi",
      ]),
    );
    expect(seed.names('org:').filter((n) => /beds|proposed/.test(n))).toEqual([]);
  });

  it('gives founders named after "founded by", and an infobox’s key people, their roles', async () => {
    const seed = await draftOf(
      [
        'Virtuome GmbH',
        'Company type\tPrivate (GmbH)',
        'Key people\tIngrid Solberg (chair of the supervisory board)',
        'Founded\t2018',
        '',
        'History',
        '2018–2021',
        'Virtuome was founded by the biomedical engineer Katharina Oberländer, the Polish computational scientist Tomasz Wiśniewski and the French cardiologist Aurélien Lefèvre.',
      ].join('\n'),
    );
    for (const founder of ['katharina-oberlander', 'tomasz-wisniewski', 'aurelien-lefevre'])
      expect(role(seed, `person:${founder}`, 'org:virtuome-gmbh')?.title).toBe('Founder');
    expect(role(seed, 'person:ingrid-solberg', 'org:virtuome-gmbh')?.title).toBe(
      'chair of the supervisory board',
    );
  });

  it('names a position paper by the subtitled title after its comma, not by its genre', async () => {
    const seed = await draftOf(
      'Mr Abadie of Agence Exemple handed over APPE’s position paper, Nothing about us without us: patients and virtual twins. "It is time," said Dr Ana Costa.',
    );
    const docs = seed.names('doc:');
    expect(docs).toContain('Nothing about us without us: patients and virtual twins');
    expect(docs).not.toContain('Position paper');
  });

  it('names a consortium’s annual meeting as written, dated by the days in brackets', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple',
        'Home › News',
        '',
        '15 September 2025 · Consortium meets in Brno',
        'Last Wednesday and Thursday (10–11 September) our group hosted the annual meeting of the Virtual Brain Twin consortium in Brno, said Dr Ana Costa.',
        '',
        'Last updated 12 January 2026',
      ].join('\n'),
    );
    const meeting = events(seed).find((e) => /annual meeting/i.test(String(e.name)));
    expect(meeting?.name).toBe('Annual meeting of the Virtual Brain Twin consortium');
    expect(meeting?.date).toBe('2025-09-10');
  });
});
