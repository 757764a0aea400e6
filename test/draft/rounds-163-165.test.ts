import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/draft/gazetteer.js';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 163–165 showed (issue 22): a DG's reorganisation note, an evaluation
// panel's page, a contact point's page, award winners, a grant agreement's partner table, a long
// read, an AGM's agenda, a trade show's press centre, a podcast's season.

const { draftOf } = articleDrafter('pg-draft-rounds-163-');

const NOTE = [
  'Brussels, 19 January 2026',
  '',
  '1. New unit CNECT.A.6 "Virtual Twins and Data Infrastructure"',
  '',
  'Until the post is filled, Mr Tomasz Wierzbicki, currently Deputy Head of Unit A.3, is appointed acting Head of Unit.',
  '',
  'Summary of changes',
  '',
  'Entity\tHead\tChange\tStaff',
  'CNECT.A.6 Virtual Twins and Data Infrastructure\tTomasz Wierzbicki (acting)\tNew\t14',
  'CNECT.R.1 Resources and Organisation\tMaarten Kloosterhuis\tProcesses transfers\t–',
  '',
  'I thank the colleagues of Charles University for their work.',
  '',
  '(e-signed)',
  'Roberto Viola',
  '',
  'c.c.:\tDirectors and Heads of Unit of DG CNECT',
].join('\n');

describe('a reorganisation note', () => {
  it('reads a table’s unit cell up to its tab, and the "Head" column’s people', async () => {
    const seed = await draftOf(NOTE);
    const orgs = seed.names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'Virtual Twins and Data Infrastructure',
        'Resources and Organisation',
      ]),
    );
    expect(orgs.some((n) => n.includes('\t') || n.includes('Wierzbicki'))).toBe(false);
    expect(seed.names('person:')).toContain('Maarten Kloosterhuis');
    expect(orgs).not.toContain('Maarten Kloosterhuis');
  });

  it('reads a name right under "(e-signed)" as the signatory, with no closing formula', async () => {
    const seed = await draftOf(NOTE);
    expect(seed.names('person:')).toContain('Roberto Viola');
  });

  it('names no body "Heads of Unit", and drops "currently" from a title', async () => {
    const seed = await draftOf(NOTE);
    expect(seed.names('org:')).not.toContain('Heads of Unit');
    const titles = seed.relationships.map((r) => r.title ?? '');
    expect(titles).toContain('Deputy Head of Unit');
    expect(titles.some((t) => /currently/.test(t))).toBe(false);
  });
});

describe('a unit the graph knows by an alias', () => {
  const unit: KnownEntity = {
    id: 'org:twin-unit',
    label: 'Organisation',
    name: 'Unit for Virtual Twins',
    aliases: ['Virtual Twins and Data'],
  };
  const known = articleDrafter(
    'pg-draft-rounds-163-alias-',
    [unit],
    [
      'source:',
      '  id: doc:unit-page',
      '  name: Unit page',
      '  kind: ARTICLE',
      '  url: https://example.org/unit',
      `  sha256: '${'c'.repeat(64)}'`,
      'entities:',
      '  - id: org:twin-unit',
      '    name: Unit for Virtual Twins',
      '    aliases: [Virtual Twins and Data]',
      '    kind: UNIT',
    ].join('\n'),
  );

  it('refers to it from a coded heading with its DG’s prefix, and by its code later', async () => {
    const seed = await known.draftOf(
      'Unit CNECT.A.3 "Virtual Twins and Data"\n\nUnit A.3, headed by Ms Agnieszka Kowalczyk, keeps the policy work.\n',
    );
    expect(seed.names('org:')).toEqual([]);
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({ from: 'person:agnieszka-kowalczyk', to: 'org:twin-unit' }),
    );
  });
});

describe('an evaluation panel’s page', () => {
  const PAGE = [
    'Panel members',
    '',
    'Role\tName\tInstitution\tCountry',
    'Panel chair\tMikael Benson\tCharles University\tSE',
    'Panel member\tJan-Hendrik Oberkampf\tAgence Exemple\tDE',
    'Panel member\tHélène Castaing\tInria\tFR',
    'Panel member\tSaoirse Ní Bhriain\tRoyal College of Surgeons in Ireland\tIE',
    '',
    'Downloads',
    '',
    'StG panel members – Life Sciences\tPDF – 214.6 KB',
    'StG panel members – Physical Sciences and Engineering\tPDF – 231.2 KB',
  ].join('\n');

  it('reads "Jan-…" and a surname in "-aing" as people’s names', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Jan-Hendrik Oberkampf', 'Hélène Castaing']),
    );
  });

  it('takes a table’s whole cell as the body’s name, "in Ireland" and all', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('org:')).toContain('Royal College of Surgeons in Ireland');
    expect(seed.names('org:')).not.toContain('Royal College of Surgeons');
  });

  it('reads a downloads table’s rows (title, then the file’s type) as documents', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'StG panel members – Life Sciences',
        'StG panel members – Physical Sciences and Engineering',
      ]),
    );
  });
});

describe('a page’s opening', () => {
  it('skips a site’s tools, then its name and tagline over the breadcrumbs, to the title', async () => {
    const seed = await draftOf(
      [
        'Skip to main content',
        'An official website of the European Union\tHow do you know?',
        'European Research Council',
        'Supporting top researchers from anywhere in the world',
        'EN English\tSearch',
        '',
        'Home > Apply & evaluate > Panel members',
        '',
        'StG: evaluation panel members',
        '',
        'Panels of scientists selected by Charles University evaluated the proposals.',
      ].join('\n'),
    );
    expect(seed.source.name).toBe('StG: evaluation panel members');
  });
});

describe('a body named after its organisation’s acronym', () => {
  it('keeps the acronym, even before a generic name, with "and" inside, or unexpanded', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026. Panels are selected by the AEX Scientific Council. The NRCX Ethics and Integrity Board met Agnieszka Kowalczyk.',
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['AEX Scientific Council', 'NRCX Ethics and Integrity Board']),
    );
    expect(seed.names('org:')).not.toContain('Ethics and Integrity Board');
  });
});

describe('a national contact point’s page', () => {
  const PAGE = [
    'NSEX – Serviços Nacionais de Exemplo',
    'PT | EN\tAccessibility\tContacts\tSearch',
    '',
    'Home › Digital Health › National Contact Point',
    '',
    'National Contact Point for Digital Health',
    '',
    'Updated on 02/03/2026',
    '',
    'What it does',
    '',
    '• Makes patient summaries available abroad',
    '• Supports the Ministry of Health in setting up the access body',
    '',
    'Our team',
    '',
    'Name\tRole',
    'Dr. Nuno Albuquerque Sena\tHead of Interoperability, Charles University',
    'Dra. Inês Valadares\tData Protection Officer, Charles University',
  ].join('\n');

  it('takes the title under the breadcrumbs, past a bar of languages and tools', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.source.name).toBe('National Contact Point for Digital Health');
  });

  it('reads a masthead "ACRONYM – Long form" opened by a body’s word as an organisation', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('org:')).toContain('Serviços Nacionais de Exemplo');
    expect(seed.names('project:')).toEqual([]);
  });

  it('opens no body with a list item’s verb ("• Supports the Ministry of Health")', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('org:')).not.toContain('Supports the Ministry of Health');
  });

  it('reads "Dra." as a title, and a role’s cell "Post, Body" as the post at the body', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('person:')).toContain('Inês Valadares');
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({
        from: 'person:ines-valadares',
        to: 'org:charles-university',
        title: 'Data Protection Officer',
      }),
    );
  });
});

describe('a trade show’s press centre news', () => {
  const NEWS = [
    'Press Centre › Press Releases › 2026',
    '',
    'Virtual twins draw the crowds',
    '',
    'Berlin, 22 April 2026 – Dr. Katrin Albers, Head of the Digitalisation and Innovation Directorate-General at Charles University, presented the timetable. Sebastian Krömer, Chair of the Board of the German Association of Health IT Vendors (bvitg), welcomed it.',
    '',
    'The show in figures',
    'Exhibitors\tmore than 880',
    'Speakers\taround 450',
  ].join('\n');

  it('keeps "IT" inside a name and "Directorate-General" after "and"', async () => {
    const seed = await draftOf(NEWS);
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'German Association of Health IT Vendors',
        'Digitalisation and Innovation Directorate-General',
      ]),
    );
  });

  it('names no body from the breadcrumbs’ sections or a figures box’s labels', async () => {
    const seed = await draftOf(NEWS);
    expect(seed.names('org:')).not.toContain('Press Centre');
    expect(seed.names('org:')).not.toContain('Speakers');
  });

  it('still reads a ministry on a government site’s breadcrumbs', async () => {
    const seed = await draftOf(
      'Home › Government › Ministry of Digital Affairs › Speeches\n\nLisbon, 9 March 2026. The minister thanked Agnieszka Kowalczyk.\n',
    );
    // (named with its country, from the dateline's city: "Portuguese Ministry of Digital Affairs")
    expect(seed.names('org:').some((n) => n.endsWith('Ministry of Digital Affairs'))).toBe(true);
  });
});

describe('a grant agreement’s annex', () => {
  const ANNEX = [
    'ANNEX 1 (part A)',
    '',
    'Project acronym:\tHEPATWIN',
    'Project starting date:\t1 January 2026',
    '',
    '1.2. List of participants',
    '',
    'No\tRole\tShort name\tLegal name\tCountry\tPIC',
    '1\tCOO\tCU\tCHARLES UNIVERSITY IN PRAGUE\tCZ\t999984059',
    '2\tBEN\tAEX\tAGENCE EXEMPLE POUR LA SANTE\tFR\t999991722',
    '3\tBEN\tHCB\tHOSPITAL CLINIC DE BARCELONA\tES\t999904418',
    '4\tBEN\tHEPAQ\tHEPAQUANT MEDICAL SOFTWARE GMBH\tDE\t887215346',
    '',
    '1.5. Deliverables (extract)',
    '',
    'No\tDeliverable name\tWP\tLead\tType',
    'D1.1\tData Management Plan\tWP1\tCU\tDMP',
    'D2.2\tCohort data access and governance framework\tWP2\tHCB\tR',
    '',
    'HORIZON-RIA Grant Agreement — Annex 1 (part A) — version 1.0 — 14/11/2025\tPage 3 of 71',
  ].join('\n');

  it('reads each legal name as one body: known by its short name, else new and recased', async () => {
    const seed = await draftOf(ANNEX);
    const orgs = seed.entities.filter((e) => String(e.id).startsWith('org:'));
    expect(orgs.map((e) => [e.name, e.acronym])).toEqual(
      expect.arrayContaining([
        ['Hospital Clinic de Barcelona', 'HCB'],
        ['Hepaquant Medical Software GmbH', 'HEPAQ'],
      ]),
    );
    // (a known name at a legal name's start: the cell is that body's, no other is read from it)
    expect(seed.yaml).toMatch(/org:agence-exemple/);
    expect(seed.yaml).toMatch(/org:charles-university/);
    expect(orgs).toHaveLength(2);
  });

  it('reads a deliverables table’s rows as deliverables', async () => {
    const seed = await draftOf(ANNEX);
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'Data Management Plan',
        'Cohort data access and governance framework',
      ]),
    );
  });

  it('reads no person from a footer’s "HORIZON-RIA Grant Agreement"', async () => {
    const seed = await draftOf(ANNEX);
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('an association’s AGM agenda and candidates', () => {
  const PAGE = [
    'Annual General Meeting 2026 – Agenda and Board Candidates',
    '',
    'Posted 3 April 2026',
    '',
    'The 2026 Annual General Meeting (AGM) of the network will take place on Saturday 16 May 2026 in Lisbon, hosted by Charles University. The Election Committee received four valid nominations.',
    '',
    '2. Tomasz Zieliński (Poland)',
    'Nominated by Polskie Stowarzyszenie Chorych z Niewydolnością Serca. Tomasz is a data engineer.',
    '',
    '3. Annelies Goossens (Belgium)',
    'Nominated by Hartezorg vzw. Annelies is a nurse.',
    '',
    '4. Jonas Lindqvist (Sweden)',
    'Nominated by Hjärt- och Lungsjukas Riksförbund. Treasurer since 2020.',
  ].join('\n');

  it('reads nominating bodies named in Polish, Dutch (with "vzw") and Swedish', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Polskie Stowarzyszenie Chorych z Niewydolnością Serca',
        'Hartezorg vzw',
        'Hjärt- och Lungsjukas Riksförbund',
      ]),
    );
    expect(seed.names('person:')).not.toContain('Polskie Stowarzyszenie Chorych');
  });

  it('names no body after the meeting’s initials, its election committee or its candidates', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('org:')).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Annual General Meeting|Election Committee|Board Candidates/),
      ]),
    );
  });

  it('still reads an acronym before a form in small letters as the acronym’s body', async () => {
    const seed = await draftOf(
      "EPFT | European Patients' Forum for Twins\n\nBrussels, 3 March 2026. Agnieszka Kowalczyk spoke.\n\nEPFT aisbl · Rue du Trône 98 · 1050 Brussels\n",
    );
    expect(seed.names('org:').some((n) => /aisbl/i.test(n))).toBe(false);
  });
});

describe('an awards page', () => {
  it('names the congress its span’s sentence dates by the apposition another sentence gives', async () => {
    const seed = await draftOf(
      [
        'Posted 11 September 2026',
        '',
        'Charles University announced the winners of its 2026 awards at the closing ceremony of its annual congress, Computational Twins Europe 2026 (CTE 2026), on 10 September. The congress, held from 8 to 10 September at the Alfândega Congress Centre in Porto, Portugal, brought together 1,100 participants.',
        '',
        'The awards were presented by Agnieszka Kowalczyk.',
      ].join('\n'),
    );
    const events = seed.entities.filter((e) => String(e.id).startsWith('event:'));
    expect(events.map((e) => [e.name, e.date, e.endDate])).toEqual([
      ['Computational Twins Europe 2026', '2026-09-08', '2026-09-10'],
    ]);
  });
});

describe('a long read', () => {
  it('reads a body’s short name, its head word left off, as the body named in full', async () => {
    const seed = await draftOf(
      'Dublin, 7 March 2026. A copy of her heart beats on a server at St Columba\'s Hospital in Dublin.\n\n"We used to wait six weeks," says Dr Niamh Gallagher, consultant cardiologist at St Columba\'s and clinical lead of the pilot.\n',
    );
    expect(seed.names('org:')).toEqual(["St Columba's Hospital"]);
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({ from: 'person:niamh-gallagher', to: 'org:st-columba-s-hospital' }),
    );
  });

  it('still reads a city and a name with its own head apart from a longer name', async () => {
    const seed = await draftOf(
      'Ghent, 7 March 2026. Data came from Ghent University Hospital. Founded as a spin-off of Ghent University, the company employs 38 people in Ghent, said Agnieszka Kowalczyk.\n',
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Ghent University Hospital', 'Ghent University']),
    );
  });
});

describe('a page’s documents list', () => {
  it('reads a file icon’s item, without its version or who audited it; the auditor a firm', async () => {
    const seed = await draftOf(
      [
        'Lisbon, 2 March 2026. The contact point is run by Agnieszka Kowalczyk.',
        '',
        'Documents',
        '📄 EHDS Implementation Guide for Healthcare Providers, v1.2 (PDF, 860 KB)',
        '• Financial Statements 2025, audited by Vandenberghe & Partners Bedrijfsrevisoren (PDF, 640 KB)',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'EHDS Implementation Guide for Healthcare Providers',
        'Financial Statements 2025',
      ]),
    );
    expect(seed.names('org:')).toContain('Vandenberghe & Partners Bedrijfsrevisoren');
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('a trade fair’s masthead line', () => {
  it('is the fair’s event when the body names it again: its short name and year, its days', async () => {
    const seed = await draftOf(
      "DMEX – Connecting Digital Health | 21–23 April 2026 | Messe Berlin\n\nBerlin, 22 April 2026 – Digital replicas of patients are the talk of this year's DMEX, said Agnieszka Kowalczyk.\n",
    );
    const events = seed.entities.filter((e) => String(e.id).startsWith('event:'));
    expect(events.map((e) => [e.name, e.date, e.endDate, e.city])).toContainEqual([
      'DMEX 2026',
      '2026-04-21',
      '2026-04-23',
      'Berlin',
    ]);
  });

  it('is no event when the body never names it again', async () => {
    const seed = await draftOf(
      'Nordic Health – Connecting Care | 21–23 April 2026 | Oslo\n\nOslo, 22 April 2026 – Agnieszka Kowalczyk spoke to reporters.\n',
    );
    expect(seed.names('event:').some((n) => n.startsWith('Nordic'))).toBe(false);
  });
});

describe('a listed event', () => {
  it('is named by its quoted title after its kind’s label, dated by the next line', async () => {
    const seed = await draftOf(
      [
        'Lisbon, 2 March 2026. The contact point is run by Agnieszka Kowalczyk.',
        '',
        'Upcoming',
        '',
        'Webinar | "EHDS na prática: o que muda para os hospitais" (EHDS in practice)',
        '18 March 2026, 10:00–12:00 (Lisbon time), online',
      ].join('\n'),
    );
    const events = seed.entities.filter((e) => String(e.id).startsWith('event:'));
    expect(events.map((e) => [e.name, e.date, e.kind])).toContainEqual([
      'EHDS na prática: o que muda para os hospitais',
      '2026-03-18',
      'WEBINAR',
    ]);
  });
});

describe('a podcast season’s page', () => {
  it('reads a plan someone published as a document, a known name inside it and all', async () => {
    const seed = await draftOf(
      'Helsinki, 3 March 2026. Agnieszka Kowalczyk walks through the National OTI Implementation Plan the ministry published in June 2025.\n',
    );
    const docs = seed.entities.filter((e) => String(e.id).startsWith('doc:'));
    expect(docs.map((e) => [e.name, e.kind])).toContainEqual([
      'National OTI Implementation Plan',
      'ROADMAP',
    ]);
  });
});
