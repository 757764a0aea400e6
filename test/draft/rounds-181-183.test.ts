import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of blind rounds 181–183 (issue 22), each read by a general rule.

const { draftOf, role } = articleDrafter('pg-draft-rounds-181-');

describe('a video call’s attendance export', () => {
  const REPORT = [
    'Meeting participants report',
    '',
    'Name (original name)\tUser email\tOrganization\tJob title\tJoin time\tGuest',
    'Oskar Lindqvist (Host)\toskar.lindqvist@example.eu\tCharles University\tProject Officer\t10:00 AM\tNo',
    'Brigitte Oyelaran-Maas\t\tVerdana Simulations GmbH\tSenior Engineer\t10:02 AM\tYes',
    'Tuomas Heikkilä\t\tHelsinki Institute of Physiology\tTeam Leader, Computational Biology\t10:05 AM\tYes',
    'iPhone de Tomás\t\t\t\t10:26 AM\tYes',
  ].join('\n');

  it('reads the name column under a header glossed in brackets ("Name (original name)")', async () => {
    const people = (await draftOf(REPORT)).names('person:');
    expect(people).toEqual(
      expect.arrayContaining(['Oskar Lindqvist', 'Brigitte Oyelaran-Maas', 'Tuomas Heikkilä']),
    );
  });

  it('keeps a row’s cells under their header when a cell is empty', async () => {
    const seed = await draftOf(REPORT);
    const org = seed.entities.find((e) => e.name === 'Verdana Simulations GmbH');
    const person = seed.entities.find((e) => e.name === 'Brigitte Oyelaran-Maas');
    expect(org && person && role(seed, person.id, org.id)).toBeTruthy();
  });

  it('reads no person from a post’s field ("Team Leader, Computational Biology") nor a device', async () => {
    const people = (await draftOf(REPORT)).names('person:');
    expect(people).not.toContain('Computational Biology');
    expect(people.some((p) => p.startsWith('iPhone'))).toBe(false);
  });
});

describe('an organisation cell of a body and its department', () => {
  const TABLE = [
    'Participants',
    '',
    'Name\tOrganisation\tRole',
    'Ilona Sárközi\tCharles University - Department of Biophysics\tLecturer',
    'Petr Vondráček\tCharles University\tProfessor',
  ].join('\n');

  it('places the person at the department after the dash', async () => {
    const seed = await draftOf(TABLE);
    const dept = seed.entities.find((e) => e.name === 'Department of Biophysics');
    expect(dept).toBeDefined();
    expect(role(seed, 'person:ilona-sarkozi', dept!.id)).toBeTruthy();
    expect(role(seed, 'person:petr-vondracek', 'org:charles-university')).toBeTruthy();
  });
});

describe('a register’s organisers, the surname in capitals after the given name', () => {
  const PAGE = [
    'Organisers / Members of the citizens’ committee',
    '',
    'Representative: Wiesława ZAJĄCZKOWSKA-BRZĘK (Poland)',
    'Members:',
    'Théo MARCHANDEAU (France)',
    'Ruairí Ó CEALLAIGH (Ireland)',
    'Kristjan TAMMSALU (Estonia)',
    '',
    'Contact: info@example.eu · Charles University hosts the secretariat.',
  ].join('\n');

  it('reads every organiser of a list of such lines, one given name a known one', async () => {
    const people = (await draftOf(PAGE)).names('person:');
    expect(people).toEqual(
      expect.arrayContaining([
        'Wiesława Zajączkowska-Brzęk',
        'Théo Marchandeau',
        'Ruairí Ó Ceallaigh',
        'Kristjan Tammsalu',
      ]),
    );
  });
});

describe('a non-paper’s contact points, by Member State', () => {
  const PAPER = [
    'Contact points',
    '',
    'Member State\tName\tFunction\tMinistry\tE-mail',
    'Belgium\tWouter-Jan Van Eeckhoutte\tAttaché, Digital Health\tFPS Public Health, Food Chain Safety and Environment\twj@example.be',
    'Estonia\tKaidi Põllumäe\tAdviser, E-health Department\tMinistry of Social Affairs\tkaidi@example.ee',
    '',
    'Charles University supports the paper.',
  ].join('\n');

  it('reads a "Ministry" column as the people’s bodies, a Flemish "Van" inside a name', async () => {
    const seed = await draftOf(PAPER);
    const fps = seed.entities.find(
      (e) => e.name === 'FPS Public Health, Food Chain Safety and Environment',
    );
    const ministry = seed.entities.find((e) => e.name === 'Ministry of Social Affairs');
    expect(fps && role(seed, 'person:wouter-jan-van-eeckhoutte', fps.id)).toBeTruthy();
    expect(ministry && role(seed, 'person:kaidi-pollumae', ministry.id)).toBeTruthy();
  });
});

describe('a committee’s compromise amendments', () => {
  const AMENDMENTS = [
    'European Parliament — Committee on Public Health',
    '',
    'Compromise amendment 1',
    'Covering AMs 1 (Rapporteur), 34 (Anselmo Quarta-Belvedere, S&D), 35 (Wiebke Oosterloo, Renew), 37 (Torleif Haugstvedt, Verts/ALE)',
    'Falling AMs: 36 (Gernot Waldbrunner, ESN), 38 (Ysolde Carrère-Iribarne, PfE)',
    '',
    'Charles University was consulted by the rapporteur.',
  ].join('\n');

  it('reads a member before a political group in brackets', async () => {
    const people = (await draftOf(AMENDMENTS)).names('person:');
    expect(people).toEqual(
      expect.arrayContaining([
        'Anselmo Quarta-Belvedere',
        'Wiebke Oosterloo',
        'Torleif Haugstvedt',
        'Gernot Waldbrunner',
        'Ysolde Carrère-Iribarne',
      ]),
    );
  });

  it('names the ESN and the PfE by their groups’ names', async () => {
    const orgs = (await draftOf(AMENDMENTS)).names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining(['Europe of Sovereign Nations Group', 'Patriots for Europe Group']),
    );
  });
});

describe('an investment report’s top deals', () => {
  const REPORT = [
    'Table 3.1 – Top disclosed deals, Q1 2026',
    '',
    '#\tCompany\tHQ\tRound\tAmount (€m)\tLead investor(s)',
    '1\tQuorvant Health\tBerlin, DE\tSeries C\t140.0\tHalvorsen Growth Equity',
    '2\tSimuleon Medical\tParis, FR\tSeries B\t86.0\tAlder & Wren Ventures; Bexley Capital (participating)',
    '3\tCardiolux\tWarsaw, PL\tSeries B\t52.0\tVistula River Capital',
    '',
    'Source: company announcements; Charles University analysis.',
  ].join('\n');

  it('reads the companies after a rank’s column, and every lead investor', async () => {
    const orgs = (await draftOf(REPORT)).names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'Quorvant Health',
        'Simuleon Medical',
        'Cardiolux',
        'Halvorsen Growth Equity',
        'Alder & Wren Ventures',
        'Bexley Capital',
        'Vistula River Capital',
      ]),
    );
  });
});

describe('a repository’s thesis record', () => {
  const RECORD = [
    'Charles University Digital Repository',
    '',
    'Title\tVirtual hearts for everyone: a modelling study',
    'Author\tVondrušková-Maierhofer, Radka',
    'Date\t2026',
    '',
    'Abstract',
    'In this thesis Vondrušková-Maierhofer builds cardiac twins for 40 patients.',
    '',
    'Citation',
    'Vondrušková-Maierhofer, R. (2026). Virtual hearts for everyone. Dissertation, Charles University.',
  ].join('\n');

  it('reads a labelled author written surname first, and her surname again as her', async () => {
    const people = (await draftOf(RECORD)).names('person:');
    expect(people).toContain('Radka Vondrušková-Maierhofer');
    expect(people).not.toContain('Vondrušková-Maierhofer');
  });
});

describe('a German committee’s chair in brackets', () => {
  it('reads no body from "(Vorsitz)" after a member’s name', async () => {
    const seed = await draftOf(
      'Doctoral committee\tProf. Dr. Hans-Jörg Kellermeyer (Vorsitz); Prof. Dr. Anika Brunsvelde (Charles University)\n',
    );
    expect(seed.names('org:')).not.toContain('Vorsitz');
    expect(seed.names('person:')).toContain('Hans-Jörg Kellermeyer');
  });
});

describe('a newspaper’s corrections column', () => {
  const COLUMN_TEXT = [
    'Corrections and clarifications',
    '',
    '• An article on hospital data ("Prague hospitals open their records to researchers", Health, 9 March, page 14) misnamed Charles University’s partner.',
    '• An interview published on 27 February ("Data chief: \'Twins are next\'", Tech, page 22) gave a wrong title.',
  ].join('\n');

  it('reads each cited headline as an article, and no quote said by anyone', async () => {
    const seed = await draftOf(COLUMN_TEXT);
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'Prague hospitals open their records to researchers',
        "Data chief: 'Twins are next'",
      ]),
    );
    expect(seed.entities.filter((e) => e.id.startsWith('statement:'))).toEqual([]);
  });
});

describe('Iberian associations and biobanks', () => {
  it('reads "Asociación …" and "Biobanco …" as bodies, not people', async () => {
    const seed = await draftOf(
      'Members present: Dra. Begoña Iglesias Varela (Chair); Ms Carmen Outeiral Sánchez (patient representative, Asociación Galega de Doentes Raros). Samples are held by Biobanco Atlántico Norte and by Charles University.\n',
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Asociación Galega de Doentes Raros', 'Biobanco Atlántico Norte']),
    );
    expect(seed.names('person:')).not.toContain('Asociación Galega de Doentes Raros');
  });
});

describe('two acts joined by "and"', () => {
  it('reads "Law 9/2011 on Clinical Research and Royal Decree 1201/2013" as two acts', async () => {
    const docs = (
      await draftOf(
        'Charles University operates under Law 9/2011 on Clinical Research and Royal Decree 1201/2013.\n',
      )
    ).names('doc:');
    expect(docs).toEqual(
      expect.arrayContaining(['Law 9/2011 on Clinical Research', 'Royal Decree 1201/2013']),
    );
  });
});
