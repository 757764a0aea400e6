import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 133–135 showed (issue 22): a repository record's creators, a broadcast
// transcript's name supers and production notes, an association's elected board, an accelerator's
// cohort, a software release's contributors and its citations, a book's launch, a briefing note, a
// petition, a letter of support, an MEP's seat.

const { draftOf, role } = articleDrafter('pg-draft-rounds-133-');

describe('a repository record’s creators, surname first', () => {
  const record = [
    'Published March 3, 2026 | Version v2',
    'Dataset   Open',
    '',
    'Creators',
    '  Kowalski, Tomasz (Contact person) 1   https://orcid.org/0000-0002-1111-2222',
    '  De la Cruz, Inés 2',
    '  Van der Berg, Joost 1,2',
    '',
    '  1. Charles University',
    '  2. Agence Exemple',
    '',
    'Contributors',
    '  Data manager:',
    '  Horváth, Eszter 2',
  ].join('\n');

  it('names each creator given name first, with a role at each numbered affiliation', async () => {
    const seed = await draftOf(record);
    expect(seed.names('person:').sort()).toEqual([
      'Eszter Horváth',
      'Inés De la Cruz',
      'Joost Van der Berg',
      'Tomasz Kowalski',
    ]);
    expect(role(seed, 'person:joost-van-der-berg', 'org:agence-exemple')).toBeDefined();
    expect(role(seed, 'person:tomasz-kowalski', 'org:charles-university')).toBeDefined();
    // (a contributor under the list: the numbers above it)
    expect(role(seed, 'person:eszter-horvath', 'org:agence-exemple')).toBeDefined();
    // ("(Contact person)" is the creator's part in the record, no body)
    expect(seed.names('org:')).not.toContain('Contact');
  });

  it('reads a related work’s title after its type label in a cell ("Publication: …")', async () => {
    const seed = await draftOf(
      [
        'Report by Dr Ana Costa of Agence Exemple, published 3 March 2026.',
        '',
        'Related works',
        '  References             Publication: Roadmap for Open Twins in Europe (Agence Exemple)',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual(['Roadmap for Open Twins in Europe']);
  });

  it('reads no person in a list of companies and their cities', async () => {
    const seed = await draftOf(
      [
        'The finalists, announced by Dr Ana Costa of Agence Exemple on 3 March 2026:',
        '',
        'Oncotwin, Karlsruhe',
        'Syntheta Health, Darmstadt',
        'Leuven, Belgium',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });
});

describe('a broadcast transcript', () => {
  const segment = [
    'NEWS AT SEVEN | TRANSCRIPT | 4 March 2026',
    '',
    'MARTA KOVAC (ANCHOR, STUDIO PRAGUE): Good evening. A new twin for the brain.',
    'PETR NOVAK (V/O): The model was built in Prague.',
    '[SUPER: PROF. ANA COSTA / Head of Neurology, Charles University]',
    'PROF. ANA COSTA: It works in a real hospital.',
    '[SUPER: TOMAS HORAK / Research Director, Agence Exemple]',
    'TOMAS HORAK (via video link): We will share the models.',
  ].join('\n');

  it('reads each name super as a person with the post after the slash', async () => {
    const seed = await draftOf(segment);
    expect(seed.names('person:').sort()).toEqual([
      'Ana Costa',
      'Marta Kovac',
      'Petr Novak',
      'Tomas Horak',
    ]);
    expect(role(seed, 'person:ana-costa', 'org:charles-university')?.title).toBe(
      'Head of Neurology',
    );
    expect(role(seed, 'person:tomas-horak', 'org:agence-exemple')?.title).toBe('Research Director');
  });

  it('reads no body in a speaker’s production note ("ANCHOR", "V/O", "via video link")', async () => {
    const seed = await draftOf(segment);
    // (the known bodies are referred to; nothing new is proposed)
    expect(seed.names('org:')).toEqual([]);
  });
});

describe('an association’s elected board', () => {
  it('reads a "Member organisation" column: the member’s body, and the post at the association', async () => {
    const seed = await draftOf(
      [
        'EPDA | European Patient Data Alliance',
        'Home > About us > Governance > General Assembly 2026',
        '',
        'GENERAL ASSEMBLY 2026: NEW BOARD ELECTED',
        '',
        'The General Assembly met in Prague on 12 June 2026.',
        '',
        'ELECTED BOARD 2026-2029',
        'Position\tName\tMember organisation\tCountry',
        'President\tMaria Kallio\tCharles University\tCzechia',
        'Treasurer\tHenrike Vos\tAgence Exemple\tFrance',
        '',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Henrike Vos', 'Maria Kallio']);
    // (a heading's term is no body: "ELECTED BOARD 2026-2029")
    expect(seed.names('org:')).toEqual(['European Patient Data Alliance']);
    const own = role(seed, 'person:maria-kallio', 'org:charles-university');
    expect(own).toBeDefined();
    expect(own?.title).toBeUndefined();
    expect(role(seed, 'person:henrike-vos', 'org:european-patient-data-alliance')?.title).toBe(
      'Treasurer',
    );
  });
});

describe('an accelerator’s cohort', () => {
  it('gives each founder the post in brackets at the company heading the entry', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple announced its fourth cohort in Lyon on 10 March 2026.',
        '',
        'THE COHORT',
        '',
        'Kardiovia — Lyon, France',
        'Founders: Laia Puigdomenech (CEO), Dr. Tomás Ferreira (CSO)',
        'Personalised heart twins that predict arrhythmia risk.',
        '',
        'Osteolytix — Bologna, Italy',
        'Founder: Giulia Ranieri',
        'Bone-fracture risk twins.',
      ].join('\n'),
    );
    expect(role(seed, 'person:tomas-ferreira', 'org:kardiovia')?.title).toBe('CSO');
    expect(role(seed, 'person:laia-puigdomenech', 'org:kardiovia')?.title).toBe('CEO');
    expect(role(seed, 'person:giulia-ranieri', 'org:osteolytix')?.title).toBe('Founder');
    // ("(CSO)" is a post, no body)
    expect(seed.names('org:')).not.toContain('CSO');
  });

  it('reads the cohort’s Demo Day, not "Meet Cohort 4" nor a related post’s link', async () => {
    const seed = await draftOf(
      [
        'Meet Cohort 4: six startups building digital twins',
        '',
        'Lyon, 10 March 2026 – Agence Exemple today announced the six startups of its fourth cohort.',
        'The programme ends with Demo Day on Thursday 2 July 2026 at Pier01, Lyon, where the teams will pitch to investors.',
        '',
        'Related posts',
        '› Applications open for Cohort 4 (October 2025)',
        '› Cohort 3 Demo Day: what we learned (June 2025)',
      ].join('\n'),
    );
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    const days = events.map((e) => (e as { date?: string }).date);
    expect(days).toContain('2026-07-02');
    expect(days).not.toContain('2025-06');
    expect(events.map((e) => e.name)).not.toContain('Meeting in Lyon');
  });
});

describe('a software release’s notes', () => {
  it('reads a contributor’s handle in brackets, then the body after the comma', async () => {
    const seed = await draftOf(
      [
        'TwinKit v2.1.0, released 27 Nov 2025',
        '',
        '## Contributors',
        '- Joris Vermeulen (@jvermeulen), Charles University – release manager',
        '- Chiara Fabbri (@cfabbri), Agence Exemple',
      ].join('\n'),
    );
    expect(role(seed, 'person:joris-vermeulen', 'org:charles-university')).toBeDefined();
    expect(role(seed, 'person:chiara-fabbri', 'org:agence-exemple')).toBeDefined();
  });

  it('cites a known author by surname and initials, not as a company ("Kowalczyk AG")', async () => {
    const seed = await draftOf(
      [
        'TwinKit v2.1.0, released 27 Nov 2025 by Dr Ana Costa of Agence Exemple.',
        '',
        'Please cite:',
        '1. Vermeulen J, Kowalczyk AG. TwinKit: a modular framework for twins. Journal of Open Twins. 2025;10(112):7421.',
        'Preprint on the report generator: Fabbri C, Kowalczyk A. Credibility of in silico trials: a worked example. arXiv:2510.14522 (2025).',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual([]);
    expect(seed.yaml).toMatch(/ref: person:agnieszka-kowalczyk/);
    expect(seed.names('doc:')).toContain('Credibility of in silico trials: a worked example');
  });
});

describe('a book’s launch', () => {
  it('reads the book its editors are named after, and two publishers joined by "and"', async () => {
    const seed = await draftOf(
      [
        'BOOK LAUNCH | Twins and the Law: Health Data in Europe',
        '',
        'The Law Lab of Maastricht University and Edward Elgar Publishing invite you on 12 March 2026 to the launch of Twins and the Law: Health Data in Europe, edited by Dr Ana Costa (Agence Exemple).',
        'Maastricht University hosts the launch in Brussels.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toContain('Twins and the Law: Health Data in Europe');
    expect(seed.names('org:')).toContain('Maastricht University');
    expect(seed.names('org:')).not.toContain('Maastricht University and Edward Elgar Publishing');
  });
});

describe('a briefing note for a meeting', () => {
  const note = (dateLine: string) =>
    [
      'BRIEFING',
      '',
      'Meeting of Commissioner Ana Costa (Health and Animal Welfare) with Agence Exemple and Charles University (CU)',
      '',
      dateLine,
      'Location:\tBERL 10',
      '',
      'In its letter of 2 October 2025 requesting this meeting, the company asks for a sandbox before the rules apply in March 2029.',
    ].join('\n');

  it('dates the meeting by its "Date/time:" line, not by the letter that asked for it', async () => {
    const seed = await draftOf(note('Date/time:\tTuesday 18 November 2025, 15.00 – 15.45'));
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => (e as { date?: string }).date)).toEqual(['2025-11-18']);
  });

  it('reads no event in a page’s edit ("EVENT REPORT (added 13 March 2026)")', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple held a workshop on twins in Lyon on 12 March 2026.',
        '',
        'EVENT REPORT (added 13 March 2026)',
        '',
        'Around 90 people joined the workshop.',
      ].join('\n'),
    );
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => (e as { date?: string }).date)).toEqual(['2026-03-12']);
  });

  it('reads no city in a month ("apply in March 2029")', async () => {
    const seed = await draftOf(
      'Agence Exemple held a workshop on twins on 4 February 2026, before the rules apply in March 2029.',
    );
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events).toHaveLength(1);
    expect((events[0] as { city?: string }).city).toBeUndefined();
  });
});

describe('a petition', () => {
  it('reads a petition cited by its number as one paper, with its signatures', async () => {
    const seed = await draftOf(
      [
        'Committee on Petitions, meeting of 28 January 2026',
        '',
        'Petition No 0517/2025 by Marieke van Dongen (Dutch), on behalf of Agence Exemple, bearing 2 184 signatures, on the right of patients to object.',
        '',
        'The Commission replied in writing to Petition 0517/2025 on 3 October 2025.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual(['Petition No 0517/2025']);
  });
});

describe('a letter of support', () => {
  it('reports no event from what it describes or plans, under its dateline', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple',
        '',
        'Lyon, 14 January 2026',
        '',
        'Dear Professor Costa,',
        '',
        'The proposal contributes to the Open Twin Initiative launched by the European Commission.',
        'Should the proposal be funded, Agence Exemple commits to:',
        '  1. Co-organise three co-design workshops with the clinical partners;',
        '  2. Disseminate results through our annual European Heart Patient Summit.',
        '',
        'Yours sincerely,',
        'Dr Ana Costa, Director, Agence Exemple',
      ].join('\n'),
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:'))).toEqual([]);
  });
});

describe('an MEP', () => {
  it('holds a seat at the European Parliament the text names, beside the group', async () => {
    const seed = await draftOf(
      [
        'The European Parliament debated the twins on 12 March 2026 in Strasbourg.',
        'MEP Ilona Vértes (Renew Europe, Hungary) addressed the debate, and Jonas Vaitkus MEP asked for more.',
      ].join('\n'),
    );
    for (const id of ['person:ilona-vertes', 'person:jonas-vaitkus'])
      expect(role(seed, id, 'org:european-parliament')?.title).toBe(
        'Member of the European Parliament',
      );
  });
});
