import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Counter-examples a reviewer wrote against the rules added after blind rounds 121–123 (issue 22):
// each was a regression of a first version of a rule, fixed and kept here.

const { draftOf, role } = articleDrafter('pg-draft-review-121-');
const events = (seed: { entities: { id: string; name?: unknown }[] }) =>
  seed.entities.filter((e) => e.id.startsWith('event:')).map((e) => String(e.name));
const statements = (seed: { entities: { id: string }[] }) =>
  seed.entities.filter((e) => e.id.startsWith('statement:')).map((e) => e.id);

describe('"meets" is a meeting only before where or when', () => {
  it.each([
    'The proposal meets strong resistance from several Member States, Dr Ana Costa of Agence Exemple said on Tuesday.',
    'The management board meets twice a year to adopt the work programme of Agence Exemple, said Dr Ana Costa.',
    'The app meets the definition of a medical device, Dr Ana Costa of Agence Exemple said on 2 March 2026.',
    'She meets patients every Tuesday in Leuven, said Dr Ana Costa of Agence Exemple.',
  ])('%s', async (sentence) => {
    expect(events(await draftOf(`Brussels, 3 March 2026. ${sentence}\n`))).toEqual([]);
  });
});

describe('a programme’s sessions are no visit’s meetings', () => {
  it('reads no "Meeting with" in a conference’s hosted sessions, a dinner or a webinar', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple conference, Brussels, 10 March 2026',
        '',
        'TUESDAY 10 MARCH',
        '09:30–11:00 Opening session, European Parliament',
        'Host: Dr Ana Costa',
        '',
        '19:30 Dinner, Restaurant La Roue d’Or',
        'Host: Ambassador Petra Novák',
        '',
        '14:00–15:00 Webinar: Brain atlases for clinicians',
        'Hosts: Agence Exemple and Charles University',
        '',
      ].join('\n'),
    );
    expect(events(seed).filter((n) => /^Meeting with/.test(n))).toEqual([]);
  });
});

describe('a pronoun’s quote', () => {
  it('is nobody’s when a sentence before it is about someone the text does not name', async () => {
    const seed = await draftOf(
      [
        'Top 10 in digital health 2026, published 3 February 2026',
        '4. Tomas Vaitkus',
        'Director, Agence Exemple',
        '',
        'Vaitkus built the national patient summary. A nurse in Kaunas who uses it daily is impressed. "It saves me an hour a day," she said.',
        '',
      ].join('\n'),
    );
    expect(statements(seed)).toEqual([]);
  });

  it('is not given to a person who opens a news paragraph', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026.\nDr Ana Costa, Director of Agence Exemple, opened the conference. A patient representative from Lisbon took the floor. "We have waited too long for this," she said.\n',
    );
    expect(statements(seed)).toEqual([]);
  });
});

describe('a short name and its full name', () => {
  it.each([
    [
      'HaDEA, the EU Health and Digital Executive Agency, signed the grant with Agence Exemple.',
      'HaDEA',
    ],
    [
      'In March HaDEA, the Health and Digital Executive Agency, signed the grant with Agence Exemple.',
      'HaDEA',
    ],
  ])('%s', async (sentence, acronym) => {
    const seed = await draftOf(`Brussels, 3 March 2026. ${sentence} Dr Ana Costa said so.\n`);
    expect(seed.yaml).toMatch(
      new RegExp(
        `name: (?:EU )?Health and Digital Executive Agency\\n(?:.*\\n)?\\s+acronym: ${acronym}`,
      ),
    );
  });

  it('keeps "Women and Children’s Affairs" in one ministry’s name', async () => {
    const seed = await draftOf(
      'Accra, 3 March 2026. The Ministry of Women and Children’s Affairs signed a memorandum with Agence Exemple, said Dr Ana Costa.\n',
    );
    expect(seed.names('org:')).toContain('Ghanaian Ministry of Women and Children’s Affairs');
  });
});

describe('mail headers and logos', () => {
  it('keeps an invitation’s "Date:" line, with no time, as its meeting’s day', async () => {
    const seed = await draftOf(
      [
        'From: Agence Exemple Secretariat',
        'Subject: Invitation – 28th meeting of the eHealth Network',
        'Date: 19 March 2026',
        'Venue: Albert Borschette Conference Centre, Brussels',
        '',
        'Dr Ana Costa will chair the meeting.',
        '',
      ].join('\n'),
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:')).map((e) => e.date)).toEqual([
      '2026-03-19',
    ]);
  });

  it('reads an organisation in a headline that ends with "logo"', async () => {
    const seed = await draftOf(
      'Health Data Hub Finland unveils new logo\n\nHelsinki, 3 March 2026. Dr Ana Costa of Agence Exemple presented it.\n',
    );
    expect(seed.names('org:')).toContain('Health Data Hub Finland');
  });
});

describe('agenda items', () => {
  it('keep a title’s abbreviations, brackets inside it and its capitalised fields', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple board meeting, 3 March 2026',
        '',
        '– Review of the St. Gallen Consensus Recommendations on Breast Cancer (Charles University)',
        '– Presentation of the Roadmap for AI (Artificial Intelligence) in Healthcare (Dr Ana Costa)',
        '– Presentation of the Report on Ethics, the Law and Health Data (Agence Exemple)',
        '',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'St. Gallen Consensus Recommendations on Breast Cancer',
        'Roadmap for AI (Artificial Intelligence) in Healthcare',
        'Report on Ethics, the Law and Health Data',
      ]),
    );
  });
});

describe('projects, posts and surnames', () => {
  it('reads the coordinator introduced with its acronym as no project', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026. The project is coordinated by EPF (European Patients’ Federation), with Charles University and Agence Exemple as partners, said Dr Ana Costa.\n',
    );
    expect(seed.names('project:')).toEqual([]);
  });

  it('keeps a one-word organisation after "Chief of" that is no field', async () => {
    const seed = await draftOf(
      'London, 3 March 2026. Paul Farmer, Chief of Mind, welcomed the proposal of Agence Exemple.\n',
    );
    expect(seed.names('org:')).toContain('Mind');
  });

  it('does not give "Minister X" to the person of that surname the text named without that post', async () => {
    const seed = await draftOf(
      'Rome, 3 March 2026. Ana Costa of Agence Exemple met Italian officials on Monday. "Italy is ready," said Minister Costa, the regional health minister of Veneto.\n',
    );
    expect(role(seed, 'person:ana-costa', 'org:veneto')).toBeUndefined();
  });
});
