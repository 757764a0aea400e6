import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Shapes blind rounds 103–105 showed (issue 22): a mail's salutation, a project's name spelt out
// after its acronym, …

const { draftOf } = articleDrafter('pg-draft-rounds-103-');

describe('rounds 103–105', () => {
  it('reads no "Dear" into the name a mail greets', async () => {
    const seed = await draftOf(
      [
        'To: Marta Kowalczyk',
        'Subject: Registration confirmed',
        '',
        'Dear Marta Kowalczyk,',
        '',
        'Thank you for registering, says Dr Ana Costa of Agence Exemple.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toContain('Marta Kowalczyk');
    expect(seed.names('person:').filter((n) => n.startsWith('Dear'))).toEqual([]);
  });

  it('reads no person in a project’s name spelt out after its acronym', async () => {
    const seed = await draftOf(
      'TWIN4CARE (Clinical Adoption of Virtual Human Twins in Care Pathways) is coordinated by Dr Ana Costa of Agence Exemple.',
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });

  it('gives the attendance list’s posts at the body whose minutes they are', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple',
        'Home › About us › Governance › Board decisions',
        '',
        'Summary of Decisions',
        '',
        'Present (Board members): Ms Siobhán Ní Bhriain (Chair); Prof. Conor Mac Aodha (Deputy Chair); Ms Ingrid Halvorsen.',
        'In attendance: Dr Pádraig Ó Ceallaigh, Chief Executive Officer; Mr Ruairí Dunne, Board Secretary.',
        'Apologies: Mr Kieran Foley.',
        '',
        'Resolution 2026/01 – The minutes of the meeting of 11 December 2025 were approved.',
      ].join('\n'),
    );
    const titles = seed.relationships
      .filter((r) => r.type === 'HOLDS_ROLE' && r.to === 'org:agence-exemple')
      .map((r) => [r.from, r.title]);
    expect(titles).toEqual([
      ['person:siobhan-ni-bhriain', 'Chair'],
      ['person:conor-mac-aodha', 'Deputy Chair'],
      ['person:ingrid-halvorsen', 'Board member'],
      ['person:padraig-o-ceallaigh', 'Chief Executive Officer'],
      ['person:ruairi-dunne', 'Board Secretary'],
    ]);
  });

  it('gives no role from "X, the Board approved …" (a clause with its own subject)', async () => {
    const seed = await draftOf(
      'Following a presentation by Dr Tomasz Wróblewski, the Board approved the partnership with Charles University.',
    );
    expect(seed.relationships.filter((r) => r.type === 'HOLDS_ROLE')).toEqual([]);
  });

  it('reads a government’s "Department of Health" as an organisation', async () => {
    const seed = await draftOf(
      'Dr Ana Costa of Agence Exemple welcomed the Department of Health’s public consultation.',
    );
    expect(seed.names('org:')).toContain('Department of Health');
  });

  it('reads a register page: its officers, and its table of meetings with officials', async () => {
    const seed = await draftOf(
      [
        'Transparency Register',
        'Home > Search the register > Organisation details',
        '',
        'European Alliance for Virtual Patients (EAVP)',
        '',
        'Legal person with legal responsibility: Dr Ingrid Vermeulen-Claes, Secretary-General',
        'Person in charge of EU relations: Mr Tomás Ferreira Lopes, Head of EU Affairs',
        '',
        'Meetings with the European Commission',
        'Date | Location | Commission representative | DG / Cabinet | Subject(s)',
        '17/09/2025 | Brussels | Ana Costa (Director-General) | Agence Exemple | Implementing acts',
        '26/03/2025 | Brussels | Lucia Ferri (Director) | Charles University | Access to AI Factories',
      ].join('\n'),
    );
    const roles = seed.relationships
      .filter((r) => r.type === 'HOLDS_ROLE')
      .map((r) => [r.from, r.to, r.title]);
    expect(roles).toEqual(
      expect.arrayContaining([
        [
          'person:ingrid-vermeulen-claes',
          'org:european-alliance-for-virtual-patients',
          'Secretary-General',
        ],
        [
          'person:tomas-ferreira-lopes',
          'org:european-alliance-for-virtual-patients',
          'Head of EU Affairs',
        ],
        ['person:ana-costa', 'org:agence-exemple', 'Director-General'],
        ['person:lucia-ferri', 'org:charles-university', 'Director'],
      ]),
    );
    expect(events(seed).map((e) => [e.date, e.name])).toEqual([
      ['2025-09-17', 'Meeting with Ana Costa'],
      ['2025-03-26', 'Meeting with Lucia Ferri'],
    ]);
  });

  it('gives no role from a cell of whom a member met', async () => {
    const seed = await draftOf(
      [
        'Meetings of Commissioner Ana Costa',
        'Date of meeting\tLocation\tMember / Cabinet member(s)\tEntity/ies met\tSubject(s)',
        '19/11/2025\tBrussels\tLucia Ferri (Head of Cabinet)\tCharles University\tIn silico methods',
        '13/11/2025\tStrasbourg\tLucia Ferri (Head of Cabinet)\tAgence Exemple\tInteroperability',
      ].join('\n'),
    );
    const roles = seed.relationships.filter(
      (r) => r.type === 'HOLDS_ROLE' && r.from === 'person:lucia-ferri',
    );
    expect(roles).toEqual([]);
  });

  it('reads a vox pop’s heading lines: a name, a dash, a post in small letters', async () => {
    const seed = await draftOf(
      [
        'We asked five participants what the platform should deliver first.',
        '',
        'Mikkel Østergaard – co-founder and CEO of Copenhagen start-up Agence Exemple, which pitched at the showcase',
        '',
        '"Predictability."',
        '',
        'Zuzana Horváthová – board member, Charles University, Bratislava',
        '',
        '"Give us the data, and the trust."',
      ].join('\n'),
    );
    const roles = seed.relationships
      .filter((r) => r.type === 'HOLDS_ROLE')
      .map((r) => [r.from, r.to, r.title]);
    expect(roles).toEqual([
      ['person:mikkel-ostergaard', 'org:agence-exemple', 'co-founder and CEO'],
      ['person:zuzana-horvathova', 'org:charles-university', 'board member'],
    ]);
  });

  it('reads "As its director, Doc. MUDr. X" past the academic titles, of the centre named last', async () => {
    const seed = await draftOf(
      'St. Anne’s University Hospital Brno opened the Brno Centre for Computational Cardiology (BC3) this week. As its director, Doc. MUDr. Radka Novotná, put it to me: "A twin is only as good as its data."',
    );
    const roles = seed.relationships
      .filter((r) => r.type === 'HOLDS_ROLE' && r.from === 'person:radka-novotna')
      .map((r) => [r.to, r.title]);
    expect(roles).toEqual([['org:brno-centre-for-computational-cardiology', 'director']]);
  });

  it('gives no role from ", attended the event together with representatives of Y"', async () => {
    const seed = await draftOf(
      'Our Deputy Minister for Digitalisation, Ing. Petra Dvořáková, attended the event together with representatives of Agence Exemple.',
    );
    expect(seed.relationships.filter((r) => r.type === 'HOLDS_ROLE')).toEqual([]);
  });

  it('keeps a commissioner’s whole portfolio in the title, no organisation of its last fields', async () => {
    const seed = await draftOf(
      [
        'cc:',
        'Ms Ekaterina Zaharieva, Commissioner for Startups, Research and Innovation',
        'Dr Ana Costa, Director, Agence Exemple',
      ].join('\n'),
    );
    expect(seed.names('org:')).not.toContain('Research and Innovation');
  });

  it('reads an annex’s tables: surnames in capitals before a tab, names by their acronyms, compounds', async () => {
    const seed = await draftOf(
      [
        'ANNEX',
        'Part 1 – Type A members (individuals appointed in a personal capacity)',
        'Name\tNationality',
        'Dr Kateřina NOVOTNÁ\tCzech',
        'Prof. Matthias KESSLER\tGerman',
        '',
        'Part 2 – Type C members (organisations)',
        'Organisation\tCountry of registration',
        'In Silico Medicine Industry Association (ISMIA)\tGermany',
        '',
        'Part 3 – Type D members (Member States’ authorities)',
        'Member State\tAuthority',
        'Belgium\tFederal Public Service Health, Food Chain Safety and Environment',
        'Germany\tBundesministerium für Gesundheit',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Kateřina Novotná', 'Matthias Kessler']);
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'In Silico Medicine Industry Association',
        'Federal Public Service Health, Food Chain Safety and Environment',
        'Bundesministerium für Gesundheit',
      ]),
    );
  });

  it('reads a title page’s author alone on a line, surname in capitals, and a name listed with a known person', async () => {
    const seed = await draftOf(
      [
        'CHARLES UNIVERSITY',
        '',
        'Patient-specific digital twins of the failing heart',
        '',
        'Inês CARVALHO MOREIRA',
        '',
        'About TWINSCALE',
        '',
        'Agnieszka Kowalczyk and Thomas Lindqvist, thank you for travelling to Prague.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Inês Carvalho Moreira', 'Thomas Lindqvist']);
  });

  it('puts the figures a board decides at its meeting on the meeting', async () => {
    const seed = await draftOf(
      [
        'Summary of Decisions',
        'Meeting of the Board of Directors of Agence Exemple held on Thursday, 29 January 2026, in Dublin',
        '',
        'Present: Dr Ana Costa (Chair).',
        '',
        'Resolution 2026/02 – The Board approved the 2026 revenue budget of €412.3 million and more than 400 new posts across the 24 departments.',
        '',
        'The bill (Health Data Use Act; 312 d.B.) was noted.',
      ].join('\n'),
    );
    const meeting = seed.entities.find((e) => e.id.startsWith('event:'));
    const figures = (meeting?.quantities as { value: number }[] | undefined)?.map((q) => q.value);
    expect(figures).toEqual([412300000, 400]);
  });

  it('dates no event by a registration deadline or by "within 18 months"', async () => {
    const seed = await draftOf(
      [
        'Brussels, 11 December 2025 – Within 18 months, the group led by Dr Ana Costa of Agence Exemple will develop an agreement.',
        '',
        'The kick-off meeting will take place on Tuesday 3 February 2026 in Brussels. Registration for the kick-off closes on 23 January 2026.',
      ].join('\n'),
    );
    expect(events(seed).map((e) => e.date)).toEqual(['2026-02-03']);
  });

  it('names a deliverable with more in its brackets, and a paper written with a partner', async () => {
    const seed = await draftOf(
      [
        'Our Data Management Plan (D1.2, public on Zenodo since July 2025) explains the set-up, said Dr Ana Costa.',
        '',
        'In January we also published a position paper with Heart Failure Patients Europe (HFPE), "Patients first in cardiac digital twins", which argues for validation.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining(['Data Management Plan', 'Patients first in cardiac digital twins']),
    );
  });

  it('reads "CTO of Simulix Health" as a company', async () => {
    const seed = await draftOf(
      [
        '11:20  Launch of the report – Dr Aurélie Fontaine-Marchetti (CHU Rives-Loire, Tours), coordinator',
        '12:00  Panel',
        '       • Jakub Dvořák, co-founder and CTO of Simulix Health (Brno, Czechia)',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['CHU Rives-Loire', 'Simulix Health']),
    );
  });

  it('gives "The Chair said" to the one the page lists as its chair', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple',
        'Home › About us › Governance › Board decisions',
        '',
        'Summary of Decisions',
        '',
        'Present (Board members): Ms Siobhán Ní Bhriain (Chair); Prof. Conor Mac Aodha (Deputy Chair).',
        '',
        'Resolution 2026/05 – The Board established a Research Committee and appointed Prof. Ana-Maria Ionescu as its Chair.',
        '',
        'The Chair said: "This is the right partner at the right moment."',
      ].join('\n'),
    );
    const said = seed.relationships.find((r) => r.type === 'MADE_BY');
    expect(said?.to).toBe('person:siobhan-ni-bhriain');
  });

  it('names "our kick-off" by the project a page speaks for, a two-part name its coordinator gives', async () => {
    const seed = await draftOf(
      [
        'PulmoTwin explained: how a virtual lung could change COPD care',
        'Published 4 March 2026',
        '',
        '[Name card: Dr Elena Sánchez-Ribas – Project Coordinator, PulmoTwin – Agence Exemple, Valencia]',
        '',
        'In PulmoTwin we build lung twins. PulmoTwin listens to patients.',
        '',
        'A quick look back: about 60 of us met for our kick-off meeting in Valencia on 23 January 2026.',
      ].join('\n'),
    );
    expect(events(seed).map((e) => e.name)).toEqual(['PulmoTwin kick-off']);
  });

  it('reads a "Recommended citation" whose year is followed by a colon', async () => {
    const seed = await draftOf(
      [
        'The academies set out seven recommendations, says Dr Ana Costa of Agence Exemple.',
        '',
        'Recommended citation: Agence Exemple, Charles University (2026): Twins in the Clinic: Seizing Opportunities, Setting Rules. Prague.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toContain(
      'Twins in the Clinic: Seizing Opportunities, Setting Rules',
    );
  });

  it('reads the name after "and" when the one before it is named again later', async () => {
    const seed = await draftOf(
      [
        'When Tereza Horáková and Ondřej Dvořák founded Agence Exemple in Brno in 2022, they had a prototype.',
        '',
        '"We spent the year improving the model," says Horáková.',
        '',
        '[Photo: Tereza Horáková with the heart model. Photo: Charles University]',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Tereza Horáková', 'Ondřej Dvořák']);
  });

  it('reads a one-word compound with a head as an organisation where a place is named', async () => {
    const seed = await draftOf(
      'The project, led by Dr Ana Costa of Agence Exemple, will test heart twins at Aarhus University Hospital and at Rigshospitalet in Copenhagen.',
    );
    expect(seed.names('org:')).toContain('Rigshospitalet');
  });

  it('writes a name wrapped at a line’s end on one line', async () => {
    const seed = await draftOf(
      [
        'The pilot is co-funded by the Ministry of Labour, Social',
        'Affairs and Family, said Dr Ana Costa of Agence Exemple.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Ministry of Labour, Social Affairs and Family');
  });
});
