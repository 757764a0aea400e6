import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 127–129 showed (issue 22): an author line written on behalf of a
// group, an affiliation line's faculty before its university, a committee's membership table
// with its members' parties, a member's post-nominal.

const { draftOf, role } = articleDrafter('pg-draft-rounds-127-');

describe('a position statement’s numbered authors', () => {
  const text = [
    'POSITION STATEMENT',
    '',
    'Authors',
    'Marta Lindqvist¹*, Jonas Verbruggen², Ingrid Solheim³, on behalf of the Society Policy Committee',
    '',
    '¹ Faculty of Medicine, Charles University, Prague, Czechia',
    '² Department of Cardiovascular Sciences, Leuvenvale University, Leuven, Belgium',
    '³ Alma Mater Studiorum – Agence Exemple, Paris, France',
    '',
    'The Society calls on the Commission to act.',
    '',
  ].join('\n');

  it('reads the authors before "on behalf of the …", each with the organisation of their line', async () => {
    const seed = await draftOf(text);
    expect(seed.names('person:')).toEqual([
      'Marta Lindqvist',
      'Jonas Verbruggen',
      'Ingrid Solheim',
    ]);
    expect(role(seed, 'person:marta-lindqvist', 'org:charles-university')).toBeDefined();
    // (the name the graph knows after a dash)
    expect(role(seed, 'person:ingrid-solheim', 'org:agence-exemple')).toBeDefined();
  });

  it('proposes no faculty or department of a line that names its university', async () => {
    const seed = await draftOf(text);
    const orgs = seed.names('org:');
    expect(orgs).toContain('Leuvenvale University');
    expect(orgs).not.toContain('Faculty of Medicine');
    expect(orgs).not.toContain('Department of Cardiovascular Sciences');
  });
});

describe('a committee’s membership table', () => {
  it('reads a "Member⇥Party" table: its people, post-nominals and parties', async () => {
    const seed = await draftOf(
      [
        'Joint Committee on Health',
        '',
        'Membership of the Committee',
        '',
        'Member\tParty\tHouse',
        'Pádraig Ó Ceallaigh TD (Cathaoirleach)\tFianna Fáil\tDáil',
        'Siobhán Mulcahy TD\tFine Gael\tDáil',
        'Senator Gráinne Kilbride\tIndependent\tSeanad',
        '',
        'Dr Ana Costa of Agence Exemple gave evidence on 24 September 2025.',
        '',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Pádraig Ó Ceallaigh', 'Siobhán Mulcahy', 'Gráinne Kilbride']),
    );
    expect(seed.names('org:')).toEqual(expect.arrayContaining(['Fianna Fáil', 'Fine Gael']));
    expect(seed.names('org:')).not.toContain('Independent');
    expect(role(seed, 'person:siobhan-mulcahy', 'org:fine-gael')).toBeDefined();
  });

  it('reads "Name TD" in a sentence as a person, not a run of capitals', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026. The report was presented by Siobhán Mulcahy TD and Dr Ana Costa of Agence Exemple.\n',
    );
    expect(seed.names('person:')).toEqual(['Siobhán Mulcahy', 'Ana Costa']);
  });
});

describe('a hearing’s questionnaire', () => {
  const vdl = {
    id: 'person:ursula-von-der-leyen',
    label: 'Person' as const,
    name: 'Ursula von der Leyen',
    aliases: [],
  };
  const known = articleDrafter(
    'pg-draft-rounds-127-vdl-',
    [vdl],
    [
      'source:',
      '  id: doc:vdl',
      '  name: VDL',
      '  kind: ARTICLE',
      '  url: https://example.org/vdl',
      `  sha256: '${'c'.repeat(64)}'`,
      'entities:',
      '  - id: person:ursula-von-der-leyen',
      '    name: Ursula von der Leyen',
      '',
    ].join('\n'),
  );

  it('reads the answering nominee, "Given SURNAME" over the portfolio’s line', async () => {
    const seed = await draftOf(
      [
        'ANSWERS TO THE QUESTIONNAIRE',
        '',
        'Eszter HALMOSI',
        'Health and Animal Welfare',
        '',
        '10 March 2026',
        '',
        'I welcome the report drafted by rapporteur Ilaria Benedetti MEP, and its call for a target. I worked at Charles University.',
        '',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Eszter Halmosi', 'Ilaria Benedetti']);
  });

  it('reads "Professor von der Leyen" after "Heiko von der Leyen" as no one the graph knows', async () => {
    const seed = await known.draftOf(
      'Hannover, 3 March 2026. Heiko von der Leyen, medical director of Agence Exemple, spoke. Professor von der Leyen said cell therapies need twins, according to Dr Ana Costa.\n',
    );
    expect(seed.yaml).not.toMatch(/(?:ref|from|to): person:ursula-von-der-leyen/);
  });

  it('reads "President von der Leyen" as the person the graph knows by that surname', async () => {
    const seed = await known.draftOf(
      'Brussels, 3 March 2026. President von der Leyen’s mission letter asks for more, said Dr Ana Costa of Agence Exemple.\n',
    );
    expect(seed.yaml).toMatch(/ref: person:ursula-von-der-leyen\n\s+asWritten: von der Leyen/);
  });
});

describe('a pitch day’s line-up table', () => {
  it('reads "Startup⇥…⇥Presenter": each startup a company, its presenter’s title after the comma', async () => {
    const seed = await draftOf(
      [
        'INVESTOR PITCH DAY, Thursday 16 April 2026, Copenhagen',
        'Hosted by Agence Exemple',
        '',
        'Time\tStartup\tCountry\tPresenter\tRaising',
        '13:45\tCardiomorph\tNL\tDr. Pieter van Houten, CEO\t€4.5M Seed',
        '13:55\tNeuroTwin Dynamics\tFR\tLéa Marchand, CEO & co-founder\t€6M Series A',
        '14:05\tOncoreplica\tDK\tMikkel Thorsen, CTO\t€3M Seed',
        '',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Cardiomorph', 'NeuroTwin Dynamics', 'Oncoreplica']),
    );
    expect(seed.names('org:')).not.toContain('Country');
    expect(role(seed, 'person:pieter-van-houten', 'org:cardiomorph')?.title).toBe('CEO');
    expect(role(seed, 'person:lea-marchand', 'org:neurotwin-dynamics')?.title).toBe(
      'CEO & co-founder',
    );
  });
});

describe('a digest’s linked items', () => {
  it('names each item’s headline over its summary and source link as a document', async () => {
    const seed = await draftOf(
      [
        'HEALTH DIGEST · Tuesday 17 March 2026',
        '',
        '━━━━━━━━━━',
        'POLICY',
        '',
        'Germany picks a data centre as its access body',
        'The ministry confirmed the choice, said Dr Ana Costa of Agence Exemple.',
        '→ Source: Deutsches Ärzteblatt | https://www.aerzteblatt.de/x | 16 Mar 2026, 11:30',
        '',
        'ALSO WORTH READING',
        '',
        '• “Digital twins in oncology: a hype check” – op-ed by Prof. Karel Novak, Charles University.',
        '→ https://example.org/hype-check',
        '',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual([
      'Germany picks a data centre as its access body',
      'Digital twins in oncology: a hype check',
    ]);
  });

  it('reads no headline in a hard-wrapped paragraph that ends with a link', async () => {
    const seed = await draftOf(
      [
        'Brussels, 3 March 2026. The Commission has opened a call under the Digital',
        'Europe Programme, said Dr Ana Costa of Agence Exemple in a statement to the',
        'press on Monday.',
        'Read more: https://example.org/call',
        '',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual([]);
  });
});

describe('an interest group’s invitation', () => {
  const text = [
    'From: Secretariat - MEP Interest Group on Digital Health & AI <secretariat@example.eu>',
    'Sent: Thursday, 15 January 2026 16:02',
    'To: undisclosed-recipients',
    'Subject: INVITATION | Breakfast debate, Strasbourg, 10 February 2026 - "Twins at the bedside"',
    '',
    'On behalf of the Co-Chairs of the MEP Interest Group on Digital Health & AI, we invite you.',
    '',
    '08:00\tOpening remarks',
    '\tAna Luísa Figueiredo MEP, Co-Chair of the Interest Group',
    '08:10\tKeynote',
    '\tDr Ana Costa, Director, Agence Exemple',
    '',
  ].join('\n');

  it('names the group with its members’ word, and "the Interest Group" is that group', async () => {
    const seed = await draftOf(text);
    expect(seed.names('org:')).toContain('MEP Interest Group on Digital Health & AI');
    expect(seed.names('org:')).not.toContain('Interest Group');
    expect(
      role(seed, 'person:ana-luisa-figueiredo', 'org:mep-interest-group-on-digital-health-and-ai')
        ?.title,
    ).toBe('Co-Chair');
  });

  it('names no event after the mail’s headers over its subject line', async () => {
    const seed = await draftOf(text);
    expect(seed.names('event:').join()).not.toMatch(/From:|Sent:/);
  });

  it('reads "the Ministry of Health" as the ministry named in full before', async () => {
    const seed = await draftOf(
      [
        'Study visit, Brussels, 3 March 2026, organised in cooperation with the Ministry of Health of the Republic of Lithuania',
        '',
        '• Tomas Vaitkus, Head of the Digital Health Division, Ministry of Health',
        '• Dr Ana Costa, Director, Agence Exemple',
        '',
      ].join('\n'),
    );
    expect(seed.names('org:')).not.toContain('Ministry of Health');
    expect(
      role(seed, 'person:tomas-vaitkus', 'org:ministry-of-health-of-the-republic-of-lithuania'),
    ).toBeDefined();
  });
});

describe('a post’s field of several words', () => {
  it('reads "Director of Digital Health Programmes" as a post, not an organisation', async () => {
    const seed = await draftOf(
      [
        'Dublin, 3 March 2026. Witnesses:',
        '',
        'Agence Exemple – Mr Declan Furlong, Director of Digital Health Programmes',
        'Charles University – Ms Orla Twomey, Head of Health Information and Standards',
        '',
      ].join('\n'),
    );
    // (both bodies are known: no organisation is proposed)
    expect(seed.names('org:')).toEqual([]);
  });
});

describe('a project’s advisory board page', () => {
  const page = (after: string) =>
    [
      'HEARTKID - Paediatric Virtual Twins for Congenital Heart Disease',
      'Home › About › Advisory Board',
      '',
      'Independent Scientific and Ethics Advisory Board',
      '',
      'Coordinated by the Barcelona Computing Center (BCC), the project receives €8.4 million under grant agreement No 101195871.',
      '',
      '[Photo] Prof. Karel Novak - Chair',
      'Karel Novak is Full Professor of Bioengineering at Charles University.',
      '',
      '[Photo] Dr Lena Vogt',
      'Lena Vogt is Head of Cardiology at Agence Exemple.',
      '',
      after,
    ].join('\n');

  it('gives each listed member their board title at the project the page is about', async () => {
    const seed = await draftOf(page(''));
    const project = seed.entities.find((e) => e.id.startsWith('project:'))!;
    expect(project.name).toBe('Paediatric Virtual Twins for Congenital Heart Disease');
    expect(role(seed, 'person:karel-novak', project.id)?.title).toBe(
      'Chair of the Independent Scientific and Ethics Advisory Board',
    );
    expect(role(seed, 'person:lena-vogt', project.id)?.title).toBe(
      'Member of the Independent Scientific and Ethics Advisory Board',
    );
    // (", the project receives …" is the next clause's subject: the centre is no project)
    expect(seed.names('org:')).toContain('Barcelona Computing Center');
  });

  it('stops at the next section: its people are no members', async () => {
    const seed = await draftOf(page(['Contact', '', 'Dr Ana Costa, Press Officer', ''].join('\n')));
    const project = seed.entities.find((e) => e.id.startsWith('project:'))!;
    expect(role(seed, 'person:ana-costa', project.id)).toBeUndefined();
  });
});

describe('names a digest and a kick-off news item give', () => {
  it('reads "Dutch MEP X (Renew Europe)" as a person, not an address book’s given names', async () => {
    const seed = await draftOf(
      'Brussels, 17 March 2026. In a letter sent on Monday, 31 MEPs led by Dutch MEP Sanne Verhoeven (Renew Europe) asked Dr Ana Costa of Agence Exemple to act.\n',
    );
    expect(seed.names('person:')).toEqual(['Sanne Verhoeven', 'Ana Costa']);
  });

  it('reads no person in a street’s name that opens with its street word', async () => {
    const seed = await draftOf(
      'Lisbon, 12 February 2026. The meeting, hosted by Agence Exemple at its headquarters in Avenida Padre Cruz, brought together more than 90 representatives of 26 partner institutions from 18 countries. Dr Ana Costa opened it.\n',
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });
});

describe('a body named after its organisation’s acronym', () => {
  it('reads "the AEX Policy Committee" as a body of its own, "the AEX Board" as the organisation', async () => {
    const seed = await draftOf(
      [
        'Paris, 18 November 2025. The statement was written on behalf of the AEX Policy Committee.',
        'Dr Marta Lindqvist, Chair of the AEX Policy Committee, presented it; Rui Mendes, President of the AEX Board, welcomed it.',
        '',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['AEX Policy Committee']);
    expect(role(seed, 'person:marta-lindqvist', 'org:aex-policy-committee')).toBeDefined();
    expect(role(seed, 'person:rui-mendes', 'org:agence-exemple')?.title).toBe('President');
  });
});

describe('a recurring publication’s year', () => {
  it('keeps the edition’s year of a survey, not the signing year of a declaration', async () => {
    const seed = await draftOf(
      'Paris, 18 November 2025. In the 2025 AEX Clinical Twins Survey, 318 members responded, said Dr Ana Costa of Agence Exemple, who also signed the 2016 Stockholm Declaration.\n',
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining(['2025 AEX Clinical Twins Survey', 'Stockholm Declaration']),
    );
  });
});

describe('a genre’s name written with a capital', () => {
  it('reads "the Reflection paper on …" as a document, like "the reflection paper on …"', async () => {
    const seed = await draftOf(
      'Ghent, 3 March 2026. Dr Ana Costa of Agence Exemple was lead author of the Reflection paper on in silico evidence in paediatric medicine development (2023).\n',
    );
    expect(seed.names('doc:')).toContain(
      'Reflection paper on in silico evidence in paediatric medicine development',
    );
  });
});

describe('a digest’s events of the week', () => {
  it('reads each dated bullet ("Wed 18 Mar", "Thu 19 – Fri 20 Mar") as its own event, not the heading', async () => {
    const seed = await draftOf(
      [
        'HEALTH DIGEST · Tuesday 17 March 2026',
        '',
        'Dr Ana Costa of Agence Exemple said the data are ready.',
        '',
        'EVENTS THIS WEEK',
        '',
        '• Wed 18 Mar – EHDS Stakeholder Forum, Brussels (hosted by Agence Exemple)',
        '• Thu 19 – Fri 20 Mar – VHT Days 2026, Leuven (Charles University)',
        '',
      ].join('\n'),
    );
    const events = seed.entities
      .filter((e) => e.id.startsWith('event:'))
      .map((e) => [e.name, e.date]);
    expect(events).toEqual(
      expect.arrayContaining([
        ['EHDS Stakeholder Forum', '2026-03-18'],
        ['VHT Days 2026', '2026-03-19'],
      ]),
    );
    expect(events.map(([name]) => name)).not.toContain('Events This Week');
  });
});

describe('a draft act named by its genre and subject', () => {
  it('reads "its draft implementing act on …" as a document, to the words that end its subject', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026. Agence Exemple has opened a consultation on its draft implementing act on the data quality and utility label foreseen by the regulation, said Dr Ana Costa.\n',
    );
    expect(seed.names('doc:')).toContain(
      'Draft implementing act on the data quality and utility label',
    );
  });
});

describe('a deliverable named with its number', () => {
  it('reads "the Data Management Plan (Deliverable D1.2, October 2025)"', async () => {
    const seed = await draftOf(
      'Porto, 3 March 2026. Before applying, please read the Data Management Plan (Deliverable D1.2, October 2025), said Dr Ana Costa of Agence Exemple.\n',
    );
    expect(seed.names('doc:')).toContain('Data Management Plan');
  });
});

describe('a table of signatory organisations', () => {
  it('reads each row’s first cell as one organisation, a note after a dash aside', async () => {
    const seed = await draftOf(
      [
        'Paris, 12 March 2026. The statement is signed by 3 organisations, said Dr Ana Costa of Agence Exemple.',
        '',
        'Organisation\tCountry\tType',
        'European Coalition for Rare Disease Digital Health (ECRDH) - network lead\tBelgium\tPatient umbrella organisation',
        'Harmonia - Polish Federation of Rare Disease Patients\tPoland\tPatient organisation',
        'Twinomics Oy\tFinland\tSME',
        '',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'European Coalition for Rare Disease Digital Health',
        'Twinomics Oy',
      ]),
    );
    expect(orgs.some((o) => o.startsWith('Harmonia'))).toBe(true);
    expect(orgs).not.toContain('Polish Federation of Rare Disease Patients');
  });
});

describe('a table of partners with a row of totals', () => {
  it('reads no organisation in "Total" or "Other partners"', async () => {
    const seed = await draftOf(
      [
        'Paris, 12 March 2026. Funding per partner, said Dr Ana Costa of Agence Exemple.',
        '',
        'Partner\tCountry\tEUR',
        'Nordic Twin Lab AB\tSE\t800,000',
        'Other partners\t-\t300,000',
        'Total\t\t1,100,000',
        '',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['Nordic Twin Lab AB']);
  });
});
