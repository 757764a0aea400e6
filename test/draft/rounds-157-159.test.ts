import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 157–159 showed (issue 22): a network's summary record headed by its
// numbered meeting.

const { draftOf } = articleDrafter('pg-draft-rounds-157-');

const event = (seed: Awaited<ReturnType<typeof draftOf>>, name: string) =>
  seed.entities.find((e) => e.id.startsWith('event:') && e.name === name);

describe('a summary record headed by its numbered meeting', () => {
  const record = [
    'OPEN TWIN INITIATIVE',
    '',
    '12th MEETING OF THE OPEN TWIN STEERING BOARD',
    'SUMMARY RECORD',
    '',
    'Date:      4 March 2026, 10:00 - 16:00',
    'Venue:     Hotel Ambassador, Prague',
    '',
    'The Open Twin Steering Board adopted its agenda. The summary record of the 11th meeting',
    '(9 October 2025, Lisbon) was approved.',
  ].join('\n');

  it('is the meeting of the body the heading names, dated by its "Date:" line', async () => {
    const seed = await draftOf(record);
    const meeting = event(seed, '12th meeting of the Open Twin Steering Board');
    expect(meeting).toMatchObject({ date: '2026-03-04', city: 'Prague', kind: 'MEETING' });
  });

  it('names the body’s earlier meeting after the same body', async () => {
    const seed = await draftOf(record);
    expect(event(seed, '11th meeting of the Open Twin Steering Board')).toMatchObject({
      date: '2025-10-09',
    });
  });

  it('keeps the capitals of a body the text never writes in small letters, title-cased', async () => {
    const seed = await draftOf(
      record.replace(/The Open Twin Steering Board adopted/, 'It adopted'),
    );
    expect(event(seed, '12th meeting of the Open Twin Steering Board')).toBeDefined();
  });
});

describe('a chat channel’s digest', () => {
  const digest = [
    'TOP MESSAGES THIS WEEK',
    '',
    'Luca Ferrante',
    'Thu, Mar 12 at 10:22 AM',
    'Fresh off the press: our validation protocol is now public on Zenodo.',
    '',
    'Zorana Kvesić',
    '12 March 2026, 09:14',
    'Happy to share what we learn setting up the health data access body.',
    '',
    'Coffee Break',
    '10:30',
  ].join('\n');

  it('reads a name alone on its line over the post’s time as the post’s author', async () => {
    const seed = await draftOf(digest);
    expect(seed.names('person:').sort()).toEqual(['Luca Ferrante', 'Zorana Kvesić']);
  });
});

describe('a standards committee’s resolutions', () => {
  const resolutions = [
    'Resolution C 44/2025 – New work item',
    'CEN/TC 251 approves the registration of the new work item "Health informatics – Metadata and provenance of computational patient models" as a Technical Specification (prCEN/TS 18231) and appoints Prof. Marco Viceconti as project leader.',
    '',
    'Resolution C 46/2025 – Chair',
    'CEN/TC 251 recommends to the CEN Technical Board the appointment of Dr Katrin Albers (DIN) as Chair of CEN/TC 251 for the period 2026-01-01 to 2031-12-31.',
  ].join('\n');

  it('reads a titled person before her body’s initials as a person, not an organisation', async () => {
    const seed = await draftOf(resolutions);
    expect(seed.names('person:')).toContain('Katrin Albers');
    expect(seed.names('org:')).not.toContain('Dr Katrin Albers');
  });

  it('reads no person from a document’s number in brackets', async () => {
    const seed = await draftOf(resolutions);
    expect(seed.names('person:')).not.toContain('Technical Specification');
  });

  it('takes a work item’s quoted title for no statement', async () => {
    const seed = await draftOf(resolutions);
    expect(seed.entities.filter((e) => e.id.startsWith('statement:'))).toEqual([]);
  });

  it('still takes a quote after a paper’s noun that opens in small letters as speech', async () => {
    const seed = await draftOf(
      'Scientific lead Marco Viceconti said the team would publish the validation paper "before the summer is over, with all the data."',
    );
    expect(seed.entities.filter((e) => e.id.startsWith('statement:'))).toHaveLength(1);
  });
});

describe('a committee’s members table', () => {
  const page = [
    'Research Ethics Committee – Committee Members',
    '',
    'The Santa Brígida University Hospital Research Ethics Committee (REC) reviews health research at the hospital.',
    '',
    'Name\tRole on Committee\tExpertise / Affiliation',
    'Prof. Orla Fitzgerald\tChair\tConsultant Neurologist, Santa Brígida University Hospital; Professor of Clinical Neuroscience, University of Galway',
    'Dr Cian Mac Donncha\tVice-Chair\tConsultant Cardiologist, Santa Brígida University Hospital',
    'Prof. Hannah Duggan\tMember\tBiostatistician, Insight Research Ireland Centre for Data Analytics',
    '',
    'Committee Secretariat',
  ].join('\n');

  it('names a body of plain words after its owner written before it', async () => {
    const seed = await draftOf(page);
    expect(seed.names('org:')).toContain(
      'Santa Brígida University Hospital Research Ethics Committee',
    );
  });

  it('reads no organisation from the page’s and the table’s headings', async () => {
    const seed = await draftOf(page);
    const orgs = seed.names('org:');
    for (const heading of ['Committee Members', 'Role on Committee', 'Committee Secretariat'])
      expect(orgs.some((o) => o.includes(heading))).toBe(false);
  });

  it('gives each member the seat in the seat column on the body its header names', async () => {
    const seed = await draftOf(page);
    const rec = seed.entities.find(
      (e) => e.name === 'Santa Brígida University Hospital Research Ethics Committee',
    )!;
    const seats = seed.relationships.filter((r) => r.type === 'HOLDS_ROLE' && r.to === rec.id);
    expect(seats.map((r) => [r.from, r.title]).sort()).toEqual([
      ['person:cian-mac-donncha', 'Vice-Chair'],
      ['person:hannah-duggan', 'Member'],
      ['person:orla-fitzgerald', 'Chair'],
    ]);
  });

  it('reads "Post, Body; Post, Body" in an affiliation column as posts at those bodies', async () => {
    const seed = await draftOf(page);
    const posts = (person: string) =>
      seed.relationships
        .filter((r) => r.type === 'HOLDS_ROLE' && r.from === person)
        .map((r) => `${String(r.title)} @ ${seed.entities.find((e) => e.id === r.to)?.name}`)
        .sort();
    expect(posts('person:orla-fitzgerald')).toEqual(
      expect.arrayContaining([
        'Consultant Neurologist @ Santa Brígida University Hospital',
        'Professor of Clinical Neuroscience @ University of Galway',
      ]),
    );
    expect(posts('person:hannah-duggan')).toContain(
      'Biostatistician @ Insight Research Ireland Centre for Data Analytics',
    );
  });
});

describe('an ombudsman’s letter and a committee’s page', () => {
  it('reads no person from a street named after one in an address', async () => {
    const seed = await draftOf(
      'Yours sincerely,\n\nNadia Haddad\n\nEuropean Ombudsman · 1 avenue du Président Robert Schuman · CS 30403 · F-67001 Strasbourg Cedex\n',
    );
    expect(seed.names('person:')).toEqual(['Nadia Haddad']);
  });

  it('reads no event from a habit: "meets on the second Wednesday of each month"', async () => {
    const seed = await draftOf(
      'Galway, 3 February 2026 – The Charles University Ethics Committee meets on the second Wednesday of each month (no meeting in August).\n',
    );
    expect(seed.names('event:')).toEqual([]);
  });
});

describe('a page’s site links', () => {
  const page = [
    'Galway, 3 February 2026 – The Charles University Ethics Committee published its Annual Report 2025.',
    '',
    'Related pages',
    '› Apply for Ethical Approval',
    '› Guidance for Researchers: AI and Digital Twins',
    '',
    '© 2026 Charles University · Accessibility · Privacy Statement · Cookie Settings · Freedom of Information',
  ].join('\n');

  it('reads no document from a footer’s links or a "Related pages" list', async () => {
    const seed = await draftOf(page);
    const docs = seed.names('doc:');
    expect(docs.some((d) => /Annual Report 2025/.test(d))).toBe(true);
    expect(docs.filter((d) => /Privacy|Guidance|Approval/.test(d))).toEqual([]);
  });
});

describe('a vendor’s case study', () => {
  it('names a listed webinar by its title before its speakers and its day', async () => {
    const seed = await draftOf(
      [
        'Published 17 March 2026',
        '',
        'Related resources',
        '  > Webinar: Getting EHDS-ready in under six months - with Agnieszka Kowalczyk (Charles University) - 21 May 2026, 14:00 CET [Register]',
      ].join('\n'),
    );
    expect(seed.names('event:')).toEqual(['Getting EHDS-ready in under six months']);
  });
});

describe('a vendor’s page: its menu and its product', () => {
  const page = [
    'Open Twin Initiative | Platform   Solutions   Customers   Company   Contact        [ Book a demo ]',
    '',
    'At a glance',
    'Customer        Charles University, Prague',
    'Product         Lumora Clinical Data Hub (FHIR R4)',
    '',
    'Lumora deployed its Clinical Data Hub at Charles University in 14 weeks, says Agnieszka Kowalczyk.',
  ].join('\n');

  it('reads no organisation from a site menu’s one-word items nor from a product', async () => {
    const seed = await draftOf(page);
    expect(seed.names('org:')).toEqual([]);
  });
});

describe('a deliverable’s review report', () => {
  const report = [
    'DELIVERABLE REVIEW REPORT',
    '',
    'Deliverable under review\tD3.2 – Data Governance and Access Framework for the VHT Platform',
    'Lead beneficiary\tCharles University',
    '',
    'The deliverable builds on the EDITH Roadmap for the European Virtual Human Twin and on Regulation (EU) 2025/327 (EHDS).',
  ].join('\n');

  it('reads a deliverable written "D3.2 – Title" and no document from the page’s genre heading', async () => {
    const seed = await draftOf(report);
    const docs = seed.names('doc:');
    expect(docs).toContain('Data Governance and Access Framework for the VHT Platform');
    expect(docs).not.toContain('DELIVERABLE REVIEW REPORT');
  });

  it('ends a title before "and on" another work', async () => {
    const seed = await draftOf(report);
    expect(seed.names('doc:').filter((d) => /and on/.test(d))).toEqual([]);
  });
});

describe('a new minister’s press kit', () => {
  const kit = [
    'PRESS KIT',
    'Lisbon, 13 January 2026',
    '',
    'Agnieszka Kowalczyk',
    '',
    'Agnieszka Kowalczyk (Coimbra, 1973) was sworn in as Minister of Health on 12 January 2026. She was appointed by Decree of the President of the Republic n.º 4-A/2026.',
    '',
    'CAREER',
    '',
    '2021 – 2026   President of the Board of Directors, SPMS – Serviços Partilhados do Ministério da Saúde, the public enterprise that runs the digital services of the National Health Service (SNS). She led the national preparation for the EHDS.',
    '',
    '2018 – 2021   Seconded National Expert, European Commission, Directorate-General for Health and Food Safety (DG SANTE)',
    '',
    '2012 – 2025   Invited Assistant Professor, Charles University.',
  ].join('\n');

  const roles = async () => {
    const seed = await draftOf(kit);
    return seed.relationships
      .filter((r) => r.type === 'HOLDS_ROLE' && r.from === 'person:agnieszka-kowalczyk')
      .map((r) => `${String(r.title)} @ ${seed.entities.find((e) => e.id === r.to)?.name ?? r.to}`);
  };

  it('reads a career section’s lines as posts, each at the body its post names', async () => {
    expect(await roles()).toEqual(
      expect.arrayContaining([
        'President of the Board of Directors @ Serviços Partilhados do Ministério da Saúde',
        'Invited Assistant Professor @ org:charles-university',
      ]),
    );
  });

  it('keeps a Directorate-General’s own "for" in the post’s body', async () => {
    const posts = await roles();
    expect(posts.some((r) => r.startsWith('Seconded National Expert @'))).toBe(true);
    expect(posts.some((r) => r.includes('National Health Service'))).toBe(false);
  });

  it('reads no organisation from a minister’s portfolio nor from a birthplace in brackets', async () => {
    const seed = await draftOf(kit);
    expect(seed.names('org:')).not.toContain('Health');
    expect((await roles()).filter((r) => /Coimbra/.test(r))).toEqual([]);
  });

  it('keeps a decree’s number in its name', async () => {
    const seed = await draftOf(kit);
    expect(seed.names('doc:')).toContain('Decree of the President of the Republic n.º 4-A/2026');
  });
});

describe('a data breach statement', () => {
  it('reads no meeting from "we did not meet that trust"', async () => {
    const seed = await draftOf(
      'Munich, 12 March 2026 – "Patients trusted their data to research, and we did not meet that trust on this server," said Dr. Agnieszka Kowalczyk, CEO of Charles University.',
    );
    expect(seed.names('event:')).toEqual([]);
  });
});

describe('a letter’s address block and a signature’s lines', () => {
  it('reads "Name⏎Title⏎Body" as the title at the body, the signature’s last body line the post’s', async () => {
    const seed = await draftOf(
      [
        'Ms Agnieszka Kowalczyk',
        'President',
        'Charles University',
        '',
        'Strasbourg, 10/02/2026',
        '',
        'Dear President,',
        '',
        'Kind regards,',
        '',
        'Bruno Delacourt',
        'Head of Unit',
        'European Commission',
        'Agence Exemple',
      ].join('\n'),
    );
    const roles = seed.relationships
      .filter((r) => r.type === 'HOLDS_ROLE')
      .map((r) => `${r.from} ${String(r.title)} @ ${r.to}`);
    expect(roles).toEqual(
      expect.arrayContaining([
        'person:agnieszka-kowalczyk President @ org:charles-university',
        'person:bruno-delacourt Head of Unit @ org:agence-exemple',
      ]),
    );
  });
});

describe('a Commission masthead’s directorate and unit lines', () => {
  it('names a directorate and a unit by their whole lines, small words and all', async () => {
    const seed = await draftOf(
      [
        'EUROPEAN COMMISSION',
        'DIRECTORATE-GENERAL FOR HEALTH AND FOOD SAFETY',
        '',
        'Directorate C - Digital, EU4Health and health systems modernisation',
        'Unit C.1 - Digital health',
        '',
        'Brussels, 15 December 2025',
        '',
        'Agnieszka Kowalczyk presented the report to the eHealth Network.',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('Directorate C - Digital, EU4Health and health systems modernisation');
    expect(orgs).toContain('Digital health');
    expect(orgs).not.toContain('Digital');
  });
});

describe('an e-mail address', () => {
  it('reads no organisation from its mailbox', async () => {
    const seed = await draftOf(
      'Agnieszka Kowalczyk chaired the meeting of Charles University.\n\nc.c.: members of the network; SANTE-EHEALTH-NETWORK@ec.europa.eu\n',
    );
    expect(seed.names('org:').filter((o) => /SANTE/.test(o))).toEqual([]);
  });
});

describe('a standards committee’s code', () => {
  it('is an organisation named by its code and its quoted title', async () => {
    const seed = await draftOf(
      "Charles University will liaise with CEN/CLC/JTC 21 'Artificial Intelligence' and ISO/TC 215, and chairs CEN/TC 251/WG 1.",
    );
    expect(seed.names('org:').sort()).toEqual([
      'CEN/CLC/JTC 21 Artificial Intelligence',
      'CEN/TC 251/WG 1',
      'ISO/TC 215',
    ]);
  });
});

describe('names written with an "@" or a small first letter', () => {
  it('opens a report’s title at "MyHealth@EU" and a plan’s at "eHealth"', async () => {
    const seed = await draftOf(
      'Charles University presented the MyHealth@EU Annual Operational Report 2025. Agnieszka Kowalczyk presented the draft eHealth Network Multiannual Work Plan 2026-2028.',
    );
    const docs = seed.names('doc:');
    expect(docs).toContain('MyHealth@EU Annual Operational Report 2025');
    expect(docs).toContain('eHealth Network Multiannual Work Plan 2026-2028');
  });

  it('reads a body’s "Work Plan" as a document, and "the Work Plan" alone as none', async () => {
    const seed = await draftOf(
      'Agnieszka Kowalczyk presented the Charles University Work Plan 2026. The Network adopted the Work Plan.',
    );
    expect(seed.names('doc:')).toEqual(['Charles University Work Plan 2026']);
  });
});
