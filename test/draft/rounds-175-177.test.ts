import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of blind rounds 175–177 (issue 22), each read by a general rule.

const { draftOf } = articleDrafter('pg-draft-rounds-175-');

describe('a startup database’s profile page', () => {
  const PAGE = [
    'Vendora Health',
    'Founded 2020 · Series A',
    '',
    'Vendora Health spun out of Charles University in 2020.',
    '',
    'Company details',
    'Legal name\tVendora Health S.L.',
    'Headquarters\tCarrer de Pujades 77, Barcelona',
    'Founded\t2020',
    'Total funding\t€20.7M',
    'Status\tActive',
    '',
    'INVESTORS (3)',
    '',
    'Investor\tType\tRounds\tLocation',
    'Alpenglow Bio Partners\tVenture capital\tSeries A\tZurich, Switzerland',
    'HealthTech Angels Catalonia\tAngel network\tPre-seed\tBarcelona, Spain',
    'ENISA\tGovernment agency\tSeed\tMadrid, Spain',
    '',
    'SIMILAR COMPANIES',
    '',
    'Company\tHQ\tFocus\tTotal funding',
    'Virtuome\tLyon, France\tIn silico oncology trials\t€9.8M',
    'Oxalis Simulations\tOxford, UK\tVirtual patient cohorts\t€11.3M',
  ].join('\n');

  it('reads no organisation from a fact box’s labels ("Legal name⇥…", "Headquarters⇥…")', async () => {
    const orgs = (await draftOf(PAGE)).names('org:');
    for (const label of ['Headquarters', 'Founded', 'Total funding', 'Status'])
      expect(orgs).not.toContain(label);
  });

  it('reads the organisations of an "Investor" and a "Company" column', async () => {
    const orgs = (await draftOf(PAGE)).names('org:');
    for (const name of [
      'Alpenglow Bio Partners',
      'HealthTech Angels Catalonia',
      'ENISA',
      'Virtuome',
      'Oxalis Simulations',
    ])
      expect(orgs).toContain(name);
  });
});

describe('numbered acts and a resolution’s verbs', () => {
  const RESOLUTION = [
    'RESOLUTION No. AS-7/2025',
    'of the Assembly of Delegates of the Lithuanian Chamber of Physicians (LGR)',
    '',
    'Original: rezoliucija Nr. AS-7/2025',
    '',
    '6. (as amended) Asks the Council of the Chamber to include AI in the continuing education programme.',
    '',
    'The appointments made by Government Notice No. 1,512 of the 19th July, 2024 are revoked.',
  ].join('\n');

  it('reads no organisation from an act’s or a notice’s number', async () => {
    const orgs = (await draftOf(RESOLUTION)).names('org:');
    expect(orgs.filter((o) => /\bN(?:o|r)\.|Notice/.test(o))).toEqual([]);
    expect(orgs).toContain('Lithuanian Chamber of Physicians');
  });

  it('reads no organisation from a verb that opens a resolution’s point ("Asks the Council")', async () => {
    const orgs = (await draftOf(RESOLUTION)).names('org:');
    expect(orgs.filter((o) => o.startsWith('Asks'))).toEqual([]);
  });
});

describe('a comitology committee’s summary record', () => {
  const RECORD = [
    'SUMMARY RECORD',
    '',
    'Committee on the European Health Data Space (EHDS Committee)',
    'established under Article 98 of Regulation (EU) 2025/327',
    '',
    'The EHDS Committee approved the agenda. Charles University presented its pilot.',
    '',
    'Replies came from Trinity College Dublin (ADAPT Centre).',
  ].join('\n');

  it('reads "Committee on the … (EHDS Committee)" as a body, not as the initiative it is on', async () => {
    const seed = await draftOf(RECORD);
    expect(seed.names('org:')).toContain('Committee on the European Health Data Space');
  });

  it('reads "(ADAPT Centre)" after a university as another body, not as its English name', async () => {
    const seed = await draftOf(RECORD);
    expect(seed.names('org:')).toContain('ADAPT Centre');
  });
});

describe('a project’s governance page and its pilot sites', () => {
  const PAGE = [
    'Independent Ethics Advisor',
    '',
    'Dr. Ioana Mărgineanu, Universitatea de Medicină și Farmacie "Carol Davila", Bucharest, acts as the Ethics Advisor.',
    '',
    'Beneficiary\tCountry\tGA representative',
    'Charles University\tCZ\tProf. Jan Novák',
    'Szpital Dziecięcy im. Zofii Olech\tPL\tDr hab. Małgorzata Wójcik-Sadowska',
    '',
    'Lead: Prof.ssa Chiara Benedetti (University of Bologna, Department of Medical and Surgical Sciences)',
  ].join('\n');

  it('reads a Romanian "și" and a Polish "im." inside a name', async () => {
    const orgs = (await draftOf(PAGE)).names('org:');
    expect(orgs).toContain('Universitatea de Medicină și Farmacie "Carol Davila"');
    expect(orgs).toContain('Szpital Dziecięcy im. Zofii Olech');
  });

  it('reads two adjectives of one head after a comma as one name ("Medical and Surgical Sciences")', async () => {
    const orgs = (await draftOf(PAGE)).names('org:');
    expect(orgs).toContain('Department of Medical and Surgical Sciences');
    expect(orgs).not.toContain('Surgical Sciences');
  });
});

describe('two events in one sentence, one a clause', () => {
  const PAGE = [
    'The General Assembly meets once a year. The kick-off meeting was held in Leuven on 28-29 January 2025; the 2nd GA meeting took place in Bologna on 9-10 October 2025, hosted by Charles University.',
  ].join('\n');

  it('reads each clause’s event with its own day and city', async () => {
    const events = (await draftOf(PAGE)).entities.filter((e) => e.id.startsWith('event:'));
    const byDay = Object.fromEntries(events.map((e) => [e.date, e.city]));
    expect(byDay).toEqual({ '2025-01-28': 'Leuven', '2025-10-09': 'Bologna' });
  });

  it('still reads one event from a sentence whose second day is no other event’s', async () => {
    const seed = await draftOf(
      'Charles University held the workshop in Leuven on 28 January 2025; its report followed on 3 March 2025.',
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:'))).toHaveLength(1);
  });
});

describe('a webinar’s written answers', () => {
  const PAGE = [
    'Webinar #3: your questions answered',
    '',
    'Panellists:',
    '- Jana Vlčková, Head of Unit, Charles University',
    '- Dr Pavel Horák, Director, Charles University',
    '',
    '1. Does the platform fall under the EHDS?',
    '',
    'Jana Vlčková: The platform should remain a research infrastructure, not an access body.',
    '',
    '2. Will a developer need a new permit every time?',
    '',
    'Dr Pavel Horák: A permit must be issued for a purpose and a period, not for a single run.',
  ].join('\n');

  it('reads each labelled answer under its question as its speaker’s statement', async () => {
    const seed = await draftOf(PAGE);
    const said = seed.entities.filter((e) => e.id.startsWith('statement:')).map((e) => e.text);
    expect(said).toEqual([
      'The platform should remain a research infrastructure, not an access body.',
      'A permit must be issued for a purpose and a period, not for a single run.',
    ]);
  });
});

describe('an official gazette’s notice', () => {
  const NOTICE = [
    'IT IS notified that Charles University has appointed the following persons.',
    '',
    '7th November, 2025',
    '',
    'DR ROBERTA MIFSUD BONNICI',
    'Permanent Secretary',
    'Ministry for Health and Active Ageing',
    '',
    'FINANCE AND ADMINISTRATION',
    'Permanent Secretary',
  ].join('\n');

  it('reads a titled name in capitals over a post alone as the signatory', async () => {
    const people = (await draftOf(NOTICE)).names('person:');
    expect(people).toEqual(['Roberta Mifsud Bonnici']);
  });
});

describe('a survey’s title with an ampersand', () => {
  const RELEASE =
    'Brussels, 10 February 2026 – Hospitals are not ready, according to the Hospital Digital Twin & EHDS Readiness Survey 2025, published today by Charles University.';

  it('reads the whole title as the document, and its first words as no organisation', async () => {
    const seed = await draftOf(RELEASE);
    expect(seed.names('doc:')).toContain('Hospital Digital Twin & EHDS Readiness Survey 2025');
    expect(seed.names('org:')).not.toContain('Hospital Digital Twin');
  });
});

describe('a team’s rows with no header', () => {
  const PAGE = [
    'Vendora Health spun out of Charles University.',
    '',
    'Key people',
    'Marta Oliveira\tVP Regulatory Affairs\tJoined 2023',
    'Tobias Brandstätter\tChief Commercial Officer\tJoined 2025',
    '',
    'Investors',
    'Alpenglow Bio Partners\tVenture capital\tZurich',
    'Nordvik Health Ventures\tVenture capital\tOslo',
  ].join('\n');

  it('reads rows of a person’s name and a post as people', async () => {
    const people = (await draftOf(PAGE)).names('person:');
    expect(people.sort()).toEqual(['Marta Oliveira', 'Tobias Brandstätter']);
  });
});

describe('a board’s members with their bodies in brackets', () => {
  const LINE =
    'Board of directors: Annika Sjöberg (Partner, Alpenglow Bio Partners) · Ignasi Roca i Mas (Investment Director, Fondo Minerva Salud) · Jan Novák (Charles University)';

  it('reads "(Post, Body)" after a person’s name as the body, not as another person', async () => {
    const seed = await draftOf(LINE);
    expect(seed.names('person:')).not.toContain('Fondo Minerva Salud');
    expect(seed.names('org:')).toContain('Fondo Minerva Salud');
  });
});

describe('a gazette’s contents and its notices’ headings', () => {
  const ISSUE = [
    'SUMMARY',
    'Government Notices ..........................  18,611 - 18,640',
    'Police Notices ..............................  18,641 - 18,642',
    '',
    'Temporary Closure of Ħal Far Slipway',
    '',
    'IT IS notified that the slipway at Ħal Far shall be closed, says Charles University.',
  ].join('\n');

  it('reads no organisation from a contents line, and no person from a heading of common words', async () => {
    const seed = await draftOf(ISSUE);
    expect(seed.names('org:')).not.toContain('Government Notices');
    expect(seed.names('person:')).not.toContain('Temporary Closure');
  });
});

describe('statutes and statutory instruments cited by short title and year', () => {
  const TEXT = [
    'Charles University welcomed the National Digital Health Board (Establishment) Regulations, 2025 (Legal Notice 241 of 2025).',
    '',
    'The Public Health (Data Sharing) (Scotland) Amendment Regulations 2026 (SSI 2026/18).',
    '',
    'Yesterday the Data Protection Act 2018 was amended.',
  ].join('\n');

  it('reads each as a legal act, its own notice number no other act', async () => {
    const docs = (await draftOf(TEXT)).names('doc:');
    expect(docs).toContain('National Digital Health Board (Establishment) Regulations, 2025');
    expect(docs).toContain(
      'The Public Health (Data Sharing) (Scotland) Amendment Regulations 2026',
    );
    expect(docs).toContain('Data Protection Act 2018');
    expect(docs).not.toContain('Legal Notice 241 of 2025');
    expect(docs.filter((d) => d.startsWith('Yesterday'))).toEqual([]);
  });
});

describe('a board member’s career and a landscape’s infrastructures', () => {
  const PAGE = [
    'Mr Ravi Menon joined Charles University in 2020.',
    '',
    'Previously CFO of Orrisdale Diagnostics plc (2016–2023). Chartered accountant.',
    '',
    'Partner at Halvard Capital Partners, London.',
    '',
    'RI\tESFRI status\tType\tHQ',
    'ELIXIR\tLandmark\tdistributed\tHinxton, UK',
    'EATRIS\tLandmark\tdistributed\tAmsterdam, NL',
  ].join('\n');

  it('reads a company with "plc", one a partner is "at", and a table’s research infrastructures', async () => {
    const orgs = (await draftOf(PAGE)).names('org:');
    for (const name of [
      'Orrisdale Diagnostics plc',
      'Halvard Capital Partners',
      'ELIXIR',
      'EATRIS',
    ])
      expect(orgs).toContain(name);
  });
});
