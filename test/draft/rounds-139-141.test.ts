import { describe, expect, it } from 'vitest';
import { voteCounts } from '../../src/draft/vote-counts.js';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 139–141 showed (issue 22): a minister's public agenda, a committee's
// opinion by its quoted title, a vote's counts, …

const { draftOf, role } = articleDrafter('pg-draft-rounds-139-');

const events = (seed: Awaited<ReturnType<typeof draftOf>>) =>
  seed.entities
    .filter((e) => e.id.startsWith('event:'))
    .map((e) => `${String(e.date)} ${String(e.name)}${e.city ? ` (${String(e.city)})` : ''}`);

describe('an office-holder’s public agenda', () => {
  it('reads each appointment under its day’s heading as an event of that day', async () => {
    const seed = await draftOf(
      [
        "Minister's weekly agenda: 9–13 March 2026",
        '',
        'Monday, 9 March 2026',
        '',
        'Time\tAppointment\tLocation',
        "09:00\tWeekly coordination meeting of the Ministry's leadership (internal)\tMinistry, Ljubljana",
        '11:30\tMeeting with Prof. Dr. Agnieszka Kowalczyk, Rector of Charles University, on a cardiology pilot\tCharles University, Prague',
        '',
        'Wednesday, 11 March 2026 – Brussels',
        '',
        'Time\tAppointment\tLocation',
        '10:00\tOpening address at the conference "Twins in Care 2026", organised by Agence Exemple\tBerlaymont',
        '12:00\tGovernment session\tGovernment Palace',
        '15:00\tVisit to the company Agence Exemple\tLyon',
      ].join('\n'),
    );
    expect(events(seed).sort()).toEqual([
      '2026-03-09 Meeting with Agnieszka Kowalczyk (Prague)',
      '2026-03-11 Twins in Care 2026 (Brussels)',
      '2026-03-11 Visit to the company Agence Exemple (Lyon)',
    ]);
  });

  it('reads no appointments from an event’s programme', async () => {
    const seed = await draftOf(
      [
        'Twins in Care 2026: programme',
        '',
        'Tuesday, 10 March 2026',
        '',
        'Time\tSession\tRoom',
        '09:00\tOpening address by Agnieszka Kowalczyk, Charles University\tRoom A',
        '10:00\tPanel: twins in the clinic\tRoom B',
      ].join('\n'),
    );
    expect(events(seed).filter((e) => /Meeting|Visit/.test(e))).toEqual([]);
  });
});

describe('a committee’s opinion and its vote', () => {
  it('names the opinion by its quoted title and puts the vote’s counts on it', async () => {
    const seed = await draftOf(
      [
        'Brussels, 22 January 2026. An opinion was adopted today by Agence Exemple at its plenary session.',
        '',
        'The opinion, "Applying AI in health and care: conditions for trust" (SOC/834), was drawn up by rapporteur Agnieszka Kowalczyk. It was adopted with 176 votes in favour, 3 against and 11 abstentions.',
      ].join('\n'),
    );
    const doc = seed.entities.find((e) => e.id.startsWith('doc:applying'));
    expect(doc?.name).toBe('Applying AI in health and care: conditions for trust');
    expect(doc?.quantities).toEqual([
      { counts: 'votes in favour', value: 176 },
      { counts: 'votes against', value: 3 },
      { counts: 'abstentions', value: 11 },
    ]);
    expect(seed.entities.filter((e) => e.id.startsWith('statement:'))).toEqual([]);
  });

  it('reads no document from a person’s opinion', async () => {
    const seed = await draftOf(
      'Brussels, 22 January 2026. In her opinion, "Europe must act now on twins," said Agnieszka Kowalczyk. The expert opinion, "Twins are ready," was cited.',
    );
    expect(seed.entities.filter((e) => e.id.startsWith('doc:'))).toEqual([]);
  });

  it('reads a vote’s counts in its usual forms, with party lists, 0 and 1', () => {
    const counts = (text: string) => voteCounts(text).map((q) => `${q.value} ${q.counts}`);
    expect(
      counts(
        'approved with 66 votes in favour (EAJ-PNV, EH Bildu), 8 against (PP) and 1 abstention (Sumar).',
      ),
    ).toEqual(['66 votes in favour', '8 votes against', '1 abstentions']);
    expect(counts('approved (36 for, 0 against, 2 abstentions)')).toEqual([
      '36 votes in favour',
      '0 votes against',
      '2 abstentions',
    ]);
    expect(counts('adopted by 498 votes to 97, with 61 abstentions')).toEqual([
      '498 votes in favour',
      '97 votes against',
      '61 abstentions',
    ]);
    expect(counts('We are not against innovation; 40 for the plan.')).toEqual([]);
  });
});

describe('a register’s tables of officials and of the people who lobbied', () => {
  it('reads a "Name · Job title · Public body" table and a "Name · Position" table of posts', async () => {
    const seed = await draftOf(
      [
        'RETURN DETAILS',
        '',
        'DESIGNATED PUBLIC OFFICIALS LOBBIED',
        '',
        'Name\tJob title\tPublic body',
        'Declan Moriarty\tMinister of State\tCharles University',
        'Úna Brady\tAssistant Secretary\tAgence Exemple',
        '',
        'PERSONS WHO CARRIED OUT LOBBYING ACTIVITIES',
        'Name\tPosition',
        'Róisín Daly\tHead of Regulatory Affairs',
        'Pádraig Nolan\tChief Executive Officer',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual([
      'Declan Moriarty',
      'Pádraig Nolan',
      'Róisín Daly',
      'Úna Brady',
    ]);
    expect(role(seed, 'person:declan-moriarty', 'org:charles-university')?.title).toBe(
      'Minister of State',
    );
  });

  it('reads no people from a table whose second column holds no posts', async () => {
    const seed = await draftOf(
      [
        'Product list of Agence Exemple',
        '',
        'Name\tPosition',
        'Heart Twin Suite\tMarket leader',
        'Brain Atlas Pro\tBeta',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('a table of documents', () => {
  it('names each row’s document, its quoted title first, and keeps who a record’s meeting met', async () => {
    const seed = await draftOf(
      [
        'Brussels, 27 November 2025',
        '',
        'We have identified the following documents as falling within the scope of your request:',
        '',
        'No.\tDocument\tMeeting date\tReference',
        '1\tFlash report – meeting of Agnieszka Kowalczyk with Agence Exemple on data permits\t25.03.2025\tAres(2025)2398114',
        '2\tPresentation by Charles University, "Secondary use of brain data: a research perspective" (12 slides)\t09.04.2025\t–',
        '3\tMinutes – meeting of Unit C.1 with Tessera Analytics ApS\t17.06.2025\tAres(2025)4815096',
      ].join('\n'),
    );
    expect(seed.names('doc:').sort()).toEqual([
      'Flash report – meeting of Agnieszka Kowalczyk with Agence Exemple on data permits',
      'Minutes – meeting of Unit C.1 with Tessera Analytics ApS',
      'Secondary use of brain data: a research perspective',
    ]);
    expect(seed.names('org:')).toContain('Tessera Analytics ApS');
    expect(seed.entities.filter((e) => e.id.startsWith('statement:'))).toEqual([]);
    expect(seed.yaml).not.toMatch(/value: 4815096/);
  });
});

describe('a letter’s signature', () => {
  it('reads the name under the closing formula, past an "(e-signed)" mark', async () => {
    const seed = await draftOf(
      [
        'Brussels, 27 November 2025',
        '',
        'Dear Ms Lindqvist,',
        '',
        'We refer to your application of 2 October 2025 to Agence Exemple.',
        '',
        'Yours sincerely,',
        '',
        '(e-signed)',
        'Giulia Ferrante',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Giulia Ferrante']);
  });

  it('reads no person from a team’s signature', async () => {
    const seed = await draftOf(
      ['Dear colleagues of Agence Exemple,', '', 'Kind regards,', 'Twin Summit Secretariat'].join(
        '\n',
      ),
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('a meeting page’s table of participants', () => {
  it('reads every row, a "Member" role too, and no body from "Forum secretariat"', async () => {
    const seed = await draftOf(
      [
        'Participants',
        '',
        'Name\tOrganisation\tCountry\tRole in WG2',
        'Ilse Vandermeulen\tAgence Exemple\tBE\tCo-chair',
        'Luca Ferraresi\tCharles University\tIT\tMember',
        'Katrin Holm\tPotilastietoliitto ry (Finnish Patient Data Federation)\tFI\tMember',
        'Piotr Zieliński\tForum secretariat\t–\tMinutes',
      ].join('\n'),
    );
    expect(role(seed, 'person:luca-ferraresi', 'org:charles-university')).toBeDefined();
    expect(role(seed, 'person:katrin-holm', 'org:potilastietoliitto')).toBeDefined();
    expect(seed.names('org:').filter((n) => /forum/i.test(n))).toEqual([]);
  });
});

describe('a quote between straight single marks', () => {
  it('is a statement after a verb of saying, "that" or "would"', async () => {
    const seed = await draftOf(
      [
        'Brussels, 4 February 2026.',
        "Chair Agnieszka Kowalczyk (Charles University) stressed that 'patients must be able to trust the twin as much as the doctor'.",
        "Replying for Agence Exemple, Pavel Novák said the agency would 'ensure continuity of the platform beyond the current period'.",
        "The team's so-called 'digital twin' approach was praised.",
      ].join('\n'),
    );
    expect(seed.entities.filter((e) => e.id.startsWith('statement:')).map((e) => e.text)).toEqual([
      'patients must be able to trust the twin as much as the doctor',
      'ensure continuity of the platform beyond the current period',
    ]);
  });
});
