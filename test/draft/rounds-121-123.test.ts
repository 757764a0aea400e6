import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 121–123 showed (issue 22): a ranking's numbered entries, a brand's
// spelling, a title's apposition, a DG's name before its code, a unit after "Head of Unit,".

const { draftOf, role } = articleDrafter('pg-draft-rounds-121-');

describe('a ranking’s numbered entries', () => {
  it('reads "6. Name" over a line of titles as a person with that post', async () => {
    const seed = await draftOf(
      [
        'The Digital Health Power List 2026, published 3 February 2026',
        '',
        '6. Joana Sequeira Carvalho',
        'Co-founder and CEO, Agence Exemple',
        'New entry',
        '',
        'The only start-up founder in our top eight.',
        '',
        '7. Henrik Sjöberg',
        'President, Charles University',
        'Last year: 9',
        '',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Joana Sequeira Carvalho', 'Henrik Sjöberg']);
    expect(role(seed, 'person:joana-sequeira-carvalho', 'org:agence-exemple')?.title).toBe(
      'Co-founder and CEO',
    );
  });

  it('reads no person in a masthead over a breadcrumb, nor in a brand written "eHealth"', async () => {
    const seed = await draftOf(
      [
        'eHealth Observer',
        'Home › Policy › Power Lists › 2026',
        '',
        'Brussels, 3 February 2026. "The roadmap phase is over," Dr Ana Costa of Agence Exemple told eHealth Observer.',
        '',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });
});

describe('a quote in a ranking’s entry', () => {
  it('gives "she told …" to the person the entry is about, named at its head', async () => {
    const seed = await draftOf(
      [
        'The Digital Health Power List 2026, published 3 February 2026',
        '',
        '2. Joana Sequeira Carvalho',
        'Co-founder and CEO, Agence Exemple',
        '',
        'The year’s biggest climber. Carvalho’s company closed its round in January. "The roadmap phase is over. Now we have to build something," she told us.',
        '',
        'At the Digital Health Leaders Forum in Lisbon on 21 January she told some 600 delegates: "Europe’s twins will be built by small companies."',
        '',
      ].join('\n'),
    );
    const statements = seed.entities.filter((e) => e.id.startsWith('statement:'));
    expect(statements.map((s) => s.id)).toEqual([
      expect.stringMatching(/-carvalho-the-roadmap-phase/),
      expect.stringMatching(/-carvalho-europe-s-twins/),
    ]);
  });
});

describe('a title and what it is', () => {
  it('reads "Title, a position paper on …" as one work', async () => {
    const seed = await draftOf(
      'Brussels, 3 February 2026. In November Agence Exemple published Nothing About Us Without Our Data, a position paper on the EHDS opt-out signed by 63 patient organisations, said Dr Ana Costa.\n',
    );
    expect(seed.names('doc:')).toEqual(['Nothing About Us Without Our Data']);
  });
});

describe('a DG and its units', () => {
  it('reads "DG Research and Innovation (DG RTD)" as one DG with its code', async () => {
    const seed = await draftOf(
      'Brussels, 3 February 2026. Dr Ana Costa, Policy Officer, DG Research and Innovation (DG RTD), spoke at Agence Exemple.\n',
    );
    expect(seed.names('org:')).toContain('DG Research and Innovation');
    expect(seed.names('org:')).not.toContain('DG RTD');
    expect(seed.yaml).toMatch(
      /name: DG Research and Innovation\n\s+kind: DIRECTORATE_GENERAL\n\s+acronym: DG RTD/,
    );
  });

  it('reads the unit after "Head of Unit," before its DG', async () => {
    const seed = await draftOf(
      [
        'The Digital Health Power List 2026, published 3 February 2026',
        '',
        '8. Aurélie Vandamme',
        'Head of Unit, Health Innovation Ecosystems, DG Research and Innovation (DG RTD)',
        '',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Health Innovation Ecosystems');
    expect(role(seed, 'person:aurelie-vandamme', 'org:health-innovation-ecosystems')).toBeDefined();
  });
});

describe('a visit’s programme', () => {
  const programme = [
    'Agence Exemple',
    'Home › Events › Study visits',
    '',
    'STUDY VISIT TO THE EU INSTITUTIONS',
    'Implementing the European Health Data Space',
    'Brussels, 10–12 March 2026',
    '',
    'TUESDAY 10 MARCH',
    '',
    '09:30–11:00 Charles University, Celetná 20, Prague',
    'Hosts: Dr Ana Costa, Head of Unit',
    '– Presentation of Lithuania’s draft National EHDS Implementation Roadmap 2026–2029 (Tomas Vaitkus). The roadmap foresees €14.6 million of investment.',
    '',
    '11:15–11:30 Courtesy meeting with Ms Agnieszka Kowalczyk (tbc)',
    '',
    '12:45–14:00 Working lunch at the Permanent Representation',
    '',
    'THURSDAY 12 MARCH',
    '',
    '09:30–11:00 European Parliament, Altiero Spinelli building, room ASP 3H1',
    'Meeting with Ms Rasa Jankauskienė, Member of the European Parliament',
    '',
  ].join('\n');

  it('reads the visit from its page title, and each hosted block or "Meeting with" as a meeting of its day', async () => {
    const seed = await draftOf(programme);
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => [e.name, e.date])).toEqual([
      ['Study Visit to the EU Institutions', '2026-03-10'],
      ['Meeting with Charles University', '2026-03-10'],
      ['Meeting with Rasa Jankauskienė', '2026-03-12'],
    ]);
    expect(events[1]!.city).toBe('Prague');
  });

  it('reads the work an agenda item presents, without its presenter or the next sentence', async () => {
    const seed = await draftOf(programme);
    expect(seed.names('doc:')).toEqual(['National EHDS Implementation Roadmap 2026–2029']);
  });
});

describe('a project’s partners page', () => {
  const page = [
    'COR-TWIN',
    'Home › About › Partners',
    '',
    'COR-TWIN (Cardiovascular Open Reference Twins for Heart Failure) brings together 12 partners. Funded by Horizon Europe under grant agreement No 101195432, the project runs from 1 January 2025 to 31 December 2028.',
    '',
    'Charles University logo',
    'Charles University – Coordinator',
    'Prague, Czechia',
    'Team lead: Prof. An Vermeulen, Full Professor of Cardiology',
    '',
    'Logo Agence Exemple Paris',
    'Agence Exemple',
    'Team lead: Dr Ana Costa, Research Director',
    '',
    'Baltic Institute for Computational Physiology (BICP)',
    'Tartu, Estonia',
    'Team lead: Dr Kristjan Tamm, Head of Modelling',
    '',
  ].join('\n');

  it('reads the acronym’s long name as a project when its paragraph speaks of its grant', async () => {
    const seed = await draftOf(page);
    expect(seed.names('project:')).toEqual([
      'Cardiovascular Open Reference Twins for Heart Failure',
    ]);
    expect(seed.names('org:').filter((n) => /Twins/.test(n))).toEqual([]);
  });

  it('reads no organisation in a logo’s alt text, and a titled first name that is a small word', async () => {
    const seed = await draftOf(page);
    expect(seed.names('org:').filter((n) => /logo/i.test(n))).toEqual([]);
    expect(seed.names('person:')).toContain('An Vermeulen');
    // ("Head of Modelling": a post's field, no body)
    expect(seed.names('org:')).not.toContain('Modelling');
  });
});

describe('a read-out of a meeting', () => {
  it('reads "yesterday received Dr X, Minister of …, at the <building>" as a meeting there, the minister’s role at the ministry', async () => {
    const seed = await draftOf(
      [
        'Read-out',
        '11 February 2026',
        'Brussels',
        '',
        'Dr Ana Costa, Director of Agence Exemple, yesterday received Dr Matej Kovačič, Minister of Health of the Republic of Slovenia, at the Berlaymont in Brussels.',
        '',
      ].join('\n'),
    );
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => [e.date, e.venue, e.kind])).toEqual([
      ['2026-02-10', 'Berlaymont', 'MEETING'],
    ]);
    expect(seed.names('org:')).not.toContain('Berlaymont');
    expect(
      role(seed, 'person:matej-kovacic', 'org:ministry-of-health-of-the-republic-of-slovenia')
        ?.title,
    ).toBe('Minister of Health');
  });
});

describe('a read-out’s quotes', () => {
  it('gives "said Commissioner X" and "Minister Y added" to the people named in full before', async () => {
    const seed = await draftOf(
      [
        'Brussels, 11 February 2026',
        '',
        'Dr Ana Costa, Director of Agence Exemple, yesterday received Dr Matej Kovačič, Minister of Health of the Republic of Slovenia.',
        '',
        '"Slovenia shows that a smaller Member State can be a frontrunner on health data," said Director Costa.',
        '',
        'Minister Kovačič added: "We want Slovenian hospitals to be among the first to connect."',
        '',
      ].join('\n'),
    );
    const ids = seed.entities.filter((e) => e.id.startsWith('statement:')).map((e) => e.id);
    expect(ids).toEqual([
      expect.stringMatching(/-costa-slovenia-shows/),
      expect.stringMatching(/-kovacic-we-want-slovenian/),
    ]);
  });

  it('reads no organisation in a portfolio’s first field after a titled surname', async () => {
    const seed = await draftOf(
      'The Hague, 11 February 2026. The committee debated with State Secretary Ana Costa. Later State Secretary Costa of Health, Welfare and Sport answered questions from Agence Exemple.\n',
    );
    expect(seed.names('org:')).not.toContain('Health');
  });
});

describe('a follow-up e-mail', () => {
  const mail = [
    'From: Twins, Data & Trust workshop <workshop@example.org>',
    'To: undisclosed-recipients',
    'Date: Thursday, 19 March 2026 at 16:42 CET',
    'Subject: Thank you! Slides and key conclusions – Twins, Data & Trust workshop (Ljubljana, 17 March)',
    '',
    'Dear colleagues,',
    '',
    'A warm thank-you to all of you who joined us on Tuesday in Ljubljana for the workshop "Twins, Data & Trust: preparing health data access bodies". The workshop was co-organised by Agence Exemple.',
    '',
    'NEXT MEETING',
    'The working group on the position paper meets online on Wednesday 20 May 2026, 10:00–12:00 CEST. A calendar invitation will follow. The second workshop will take place in Tallinn in the autumn.',
    '',
    'Dr Ana Costa',
    'Director | Agence Exemple',
    '',
  ].join('\n');

  it('dates no event by the day the mail was sent, and reads "the working group … meets on …" as its meeting', async () => {
    const seed = await draftOf(mail);
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => [e.name, e.date])).toEqual([
      ['Twins, Data & Trust: preparing health data access bodies', '2026-03-17'],
      ['Meeting of the working group on the position paper', '2026-05-20'],
    ]);
    expect(events[1]!.city).toBeUndefined();
  });
});

describe('a calendar invitation', () => {
  const invitation = [
    'From: GHEORGHIU Ana-Maria (CNECT) <Ana-Maria.GHEORGHIU@ec.europa.eu> On Behalf Of KOWALCZYK Agnieszka (CNECT)',
    'Sent: Wednesday, 4 March 2026 16:12',
    'Subject: VHT-SUP kick-off | Thu 26 March, 14:00-16:30',
    'Required Attendees: DE SMEDT Maarten (CNECT) <Maarten.DE-SMEDT@ec.europa.eu>; Liesbet Geris (Agence Exemple) <l.geris@example.org>',
    '',
    'AGENDA',
    '14:35-15:00  EHDS secondary use – Eleni Papadopoulou, Head of Sector "Secondary use of health data", Agence Exemple',
    '16:25-16:30  Next steps: call HORIZON-HLTH-2026-01-TOOL-05 "Virtual Human Twins for multimorbidity" – Joanna Nowak, Charles University; AOB',
    '',
    'Kind regards,',
    'Ana Costa',
    '',
  ].join('\n');

  it('reads no person in the given names after an address book’s surname in capitals', async () => {
    const seed = await draftOf(invitation);
    expect(seed.names('person:').filter((n) => !/\s/.test(n))).toEqual([]);
  });

  it('reads a programme line’s speaker after its last dash, and no statement in a quoted name', async () => {
    const seed = await draftOf(invitation);
    expect(seed.names('person:')).toContain('Joanna Nowak');
    expect(seed.entities.filter((e) => e.id.startsWith('statement:'))).toEqual([]);
  });
});

describe('a body’s newly elected members', () => {
  it('gives each person listed under "The 2026 Fellows are:" the title Fellow at the body that elected them', async () => {
    const seed = await draftOf(
      [
        'Leuven, 20 April 2026 – Agence Exemple has elected two new Fellows and one Honorary Fellow.',
        '',
        'The 2026 Fellows are:',
        '',
        'Prof. Joanna Nowak – Professor of Biomechanics at Charles University.',
        '',
        'Dr Tomas Berg – Head of In Silico Sciences at Charles University.',
        '',
        'Honorary Fellow',
        '',
        'Maren Ødegaard – founder and chair of the Norwegian Association for Rare Lung Diseases.',
        '',
        '"This year’s Fellows show the way," said the Academy’s President, Professor Ana Costa.',
        '',
      ].join('\n'),
    );
    expect(role(seed, 'person:joanna-nowak', 'org:agence-exemple')?.title).toBe('Fellow');
    expect(role(seed, 'person:tomas-berg', 'org:agence-exemple')?.title).toBe('Fellow');
    expect(role(seed, 'person:maren-odegaard', 'org:agence-exemple')?.title).toBe(
      'Honorary Fellow',
    );
    expect(role(seed, 'person:ana-costa', 'org:agence-exemple')?.title).not.toBe('Fellow');
  });

  it('gives a board’s welcomed members their seat at the publisher, an alternate as alternate', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple',
        'Home › Newsroom › Press releases',
        '',
        'PRESS RELEASE | Luxembourg, 27 March 2026',
        '',
        'The Board welcomed:',
        '• Jukka Räsänen, Director of Information Management at Charles University, as member for Finland;',
        '• Dr Zsófia Tóth-Baranyi, head of department at Charles University, as alternate for Hungary.',
        '',
      ].join('\n'),
    );
    expect(role(seed, 'person:jukka-rasanen', 'org:agence-exemple')?.title).toBe(
      'Member of the Board',
    );
    expect(role(seed, 'person:zsofia-toth-baranyi', 'org:agence-exemple')?.title).toBe(
      'Alternate member of the Board',
    );
  });
});
