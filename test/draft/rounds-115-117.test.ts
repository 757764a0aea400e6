import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of the blind rounds 115–117 (issue 22): a Council meeting's participants by delegation.

const { draftOf, role } = articleDrafter('pg-draft-rounds-115-');

describe('a Council meeting’s participants, by delegation', () => {
  const list = [
    'PARTICIPANTS',
    '',
    'The Governments of the Member States and Agence Exemple were represented as follows:',
    '',
    'Belgium:',
    'Mr Thibaut DELVAUX                   Minister for Social Affairs and Public Health',
    '',
    'Austria:',
    'Ms Katharina HUBER                   Federal Minister for Labour, Social Affairs, Health and Consumer Protection',
    'Mr Rasmus Holm LARSEN                State Secretary, Charles University',
    '',
    'Exemple:',
    'Ms Agnieszka KOWALCZYK               Member',
  ].join('\n');

  it('gives each delegate the title after the name, at the country’s government', async () => {
    const seed = await draftOf(list);
    expect(role(seed, 'person:thibaut-delvaux', 'org:government-of-belgium')?.title).toBe(
      'Minister for Social Affairs and Public Health',
    );
    expect(role(seed, 'person:katharina-huber', 'org:government-of-austria')).toBeDefined();
    expect(seed.entities.find((e) => e.id === 'org:government-of-austria')?.country).toBe(
      'Austria',
    );
  });

  it('at the body the title names, or the body the heading names', async () => {
    const seed = await draftOf(list);
    expect(role(seed, 'person:rasmus-holm-larsen', 'org:charles-university')?.title).toBe(
      'State Secretary',
    );
    expect(role(seed, 'person:agnieszka-kowalczyk', 'org:agence-exemple')?.title).toBe('Member');
  });

  it('reads no person in a portfolio’s fields', async () => {
    const seed = await draftOf(list);
    expect(seed.names('person:')).not.toContain('Social Affairs');
  });
});

describe('a staff directory’s entries', () => {
  const page = [
    'You are here: Whoiswho > Agence Exemple > AI Office',
    '',
    'AI Office (EXMP.A)',
    '',
    'Director',
    'SIOLI Lucilla',
    'Tel. +32 2 295 71 04',
    '',
    'Adviser for Health and Life Sciences',
    'KRAUSS Anneliese',
    'Tel. +32 2 298 13 55',
    '',
    'Units',
    '',
    'EXMP.A.1 – AI Regulation and Compliance',
    'Head of Unit: VAN HOUTTE Pieter',
    '',
    'AI Safety and Trust (EXMP.A.2)',
    '',
    'Policy Officer – European Health Data Space (EHDS) and secondary use of health data',
    'FANOS Margherita',
    'Tel. +32 2 295 30 86',
  ].join('\n');

  it('gives each post on the line above a name, at the body heading the entries', async () => {
    const seed = await draftOf(page);
    expect(role(seed, 'person:lucilla-sioli', 'org:ai-office')?.title).toBe('Director');
    expect(role(seed, 'person:anneliese-krauss', 'org:ai-office')?.title).toBe(
      'Adviser for Health and Life Sciences',
    );
    expect(role(seed, 'person:margherita-fanos', 'org:ai-safety-and-trust')).toBeDefined();
  });

  it('reads a unit by its code and name, and its head under it', async () => {
    const seed = await draftOf(page);
    const unit = seed.entities.find((e) => e.name === 'AI Regulation and Compliance');
    expect(unit?.kind).toBe('UNIT');
    expect(unit?.aliases).toContain('EXMP.A.1 AI Regulation and Compliance');
    expect(role(seed, 'person:pieter-van-houtte', unit!.id)?.title).toBe('Head of Unit');
  });
});

describe('a DG’s new directorates and units, in a mail to staff', () => {
  it('reads "Directorate H – …" and "- H.1 … – Head of Unit: X"', async () => {
    const seed = await draftOf(
      [
        'Dear colleagues,',
        '',
        '1. A new Directorate H – Health Data, AI and Life Sciences, said Dr Ana Costa of Agence Exemple.',
        '',
        '- H.1 European Health Data Space – Head of Unit: Ana Sofia Pereira Lopes',
        '- H.3 Life Sciences and Biotechnology – Head of Unit: Dr Ingrid Lindqvist',
      ].join('\n'),
    );
    const directorate = seed.entities.find((e) => String(e.name).startsWith('Directorate H'));
    expect(directorate?.name).toBe('Directorate H – Health Data, AI and Life Sciences');
    expect(directorate?.kind).toBe('DIRECTORATE_GENERAL');
    const units = seed.entities.filter((e) => e.kind === 'UNIT');
    expect(units.map((u) => u.aliases)).toEqual([
      ['H.1 European Health Data Space'],
      ['H.3 Life Sciences and Biotechnology'],
    ]);
  });
});

describe('a table of people, its columns aligned with spaces', () => {
  it('reads the name column’s people, at the organisation column’s body, with the role', async () => {
    const seed = await draftOf(
      [
        'Deliverable D2.3, Agence Exemple, 19 December 2025',
        '',
        'Authors',
        'Name                        Beneficiary',
        'Ainhoa Etxeberria Goñi      Charles University',
        'Tomás Quintanilla           Agence Exemple',
        '',
        'Reviewers',
        'Name                 Organisation            Role',
        'Henrik Sørensen      Charles University      Internal reviewer',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Ainhoa Etxeberria Goñi', 'Tomás Quintanilla', 'Henrik Sørensen']),
    );
    expect(role(seed, 'person:tomas-quintanilla', 'org:agence-exemple')).toBeDefined();
    expect(role(seed, 'person:henrik-sorensen', 'org:charles-university')?.title).toBe(
      'Internal reviewer',
    );
  });
});

describe('a webinar’s exported chat and questions', () => {
  const log = [
    'Zoom Webinar – Chat and Q&A export',
    '',
    'Topic: Twins in practice: secondary use of health data',
    'Date: Thursday, 22 January 2026, 14:00–15:30 CET (online)',
    '',
    'CHAT',
    '',
    '13:58:12  From Ana Costa (Agence Exemple, host) to Everyone:',
    'Good afternoon and welcome!',
    '',
    '14:09:12  From Giorgos Papadakis – Charles University to Everyone:',
    'link to the Regulation pls?',
    '',
    'Q&A',
    '',
    'Q1 [14:12:37] Anonymous Attendee:',
    'Will the models count as health data?',
    'Q3 [14:33:20] Ülle Kask, Charles University:',
    'How long does a permit take?',
    'A [14:35:11] Henrik Aaltonen (Agence Exemple):',
    'Median processing time was 94 days in 2025.',
  ].join('\n');

  it('reads each sender as a person at the organisation after the name', async () => {
    const seed = await draftOf(log);
    expect(seed.names('person:').sort()).toEqual([
      'Ana Costa',
      'Giorgos Papadakis',
      'Henrik Aaltonen',
      'Ülle Kask',
    ]);
    expect(role(seed, 'person:giorgos-papadakis', 'org:charles-university')).toBeDefined();
    expect(role(seed, 'person:ulle-kask', 'org:charles-university')).toBeDefined();
    expect(role(seed, 'person:henrik-aaltonen', 'org:agence-exemple')).toBeDefined();
  });

  it('names the webinar by its topic', async () => {
    const seed = await draftOf(log);
    expect(seed.names('event:')).toEqual(['Twins in practice: secondary use of health data']);
  });
});

describe('a hearing page’s attachments', () => {
  it('reads each line that ends with its file as a document, whose statement it is and all', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple – Committee meeting, Wednesday, 28 January 2026',
        '',
        'Dr Ana Costa of Agence Exemple will chair the meeting.',
        '',
        'Opening statements',
        'Opening statement – Department of Health (PDF, 184 KB)',
        'Opening statement – Charles University (PDF, 231 KB)',
        'List of participants (PDF, 96 KB)',
        'Download vCard | Print | Organisation chart (PDF)',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual([
      'Opening statement – Department of Health',
      'Opening statement – Charles University',
    ]);
  });
});

describe('a CV’s lines', () => {
  it('reads no person in a place before its country, a degree’s honours or a panel’s name', async () => {
    const seed = await draftOf(
      [
        'Curriculum vitae',
        'Prof. Dr. Sofía Ibáñez Lindgren, Charles University',
        '',
        '2012–2016   Postdoctoral researcher, Inria, Sophia Antipolis, France',
        '2011–2012   Visiting researcher, Agence Exemple, Paris',
        '2011   PhD in Biomedical Engineering (cum laude), Charles University, Czechia',
        '2022–2024   Member, Clinical Translation Expert Panel, EDITH',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Sofía Ibáñez Lindgren']);
  });
});

describe('a CV’s positions', () => {
  it('gives the page’s person each line’s post, at the last organisation it names', async () => {
    const seed = await draftOf(
      [
        'Curriculum vitae',
        'Prof. Dr. Sofía Ibáñez Lindgren',
        '',
        'since 2021   Professor of Computational Cardiology, Charles University, Prague, Czechia',
        '2016–2021   Associate Professor, Agence Exemple (AEX), Paris, France',
        '2012–2016   Postdoctoral researcher, Inria, Sophia Antipolis, France',
        '2019   Founded the company, Twinora',
      ].join('\n'),
    );
    const person = 'person:sofia-ibanez-lindgren';
    expect(role(seed, person, 'org:charles-university')?.title).toBe(
      'Professor of Computational Cardiology',
    );
    expect(role(seed, person, 'org:agence-exemple')?.title).toBe('Associate Professor');
    // (Inria is no organisation this gazetteer knows; "Founded the company" is no post)
    expect(seed.relationships.filter((r) => r.from === person)).toHaveLength(2);
  });
});

describe('a listed company’s release', () => {
  it('reads its publisher and its day from "Company | Stock exchange release | day"', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple | Stock exchange release | 12 March 2026 at 9:00 a.m. EET',
        '',
        'NOTICE TO THE ANNUAL GENERAL MEETING',
        '',
        'The meeting will be held on Wednesday, 15 April 2026 at 2:00 p.m., said Dr Ana Costa.',
      ].join('\n'),
    );
    expect(seed.source.publisher).toBe('Agence Exemple');
    expect(seed.source.published).toBe('2026-03-12');
  });
});

describe('an exhibitor list’s entries', () => {
  it('gives each entry’s contact a role at the organisation heading the entry', async () => {
    const seed = await draftOf(
      [
        'EXHIBITOR LIST, 9 February 2026',
        '',
        'Booth A04 | Charles University',
        'Prague, Czechia',
        'Multiscale models of bone and tissue regeneration.',
        'Contact: Jonas Brandtner, Head of Partnerships',
        '',
        'Booth C03 | Agence Exemple',
        'Paris, France',
        'Contact: Prof. Pieter Van Cauwenberghe',
      ].join('\n'),
    );
    expect(role(seed, 'person:jonas-brandtner', 'org:charles-university')?.title).toBe(
      'Head of Partnerships',
    );
    expect(role(seed, 'person:pieter-van-cauwenberghe', 'org:agence-exemple')).toBeDefined();
  });
});

describe('a CV’s publications', () => {
  it('links a known author written as surname and initial', async () => {
    const seed = await draftOf(
      [
        'Curriculum vitae of Dr Ana Costa, Agence Exemple',
        '',
        'SELECTED PUBLICATIONS',
        '1. Costa A, Kowalczyk A, et al. Virtual heart twins in the clinic: a readiness assessment. Eur Heart J Digit Health. 2025;6(2):211–224.',
      ].join('\n'),
    );
    expect(seed.yaml).toMatch(/ref: person:agnieszka-kowalczyk\n\s+asWritten: Kowalczyk/);
    // the curator's check says how it was read: by the surname and the initial
    expect(seed.yaml).toMatch(/read as Agnieszka Kowalczyk .* by the surname and initial: check/);
  });
});

describe('a list of written submissions', () => {
  it('reads a body’s item with a quoted title as that work, not a speaker’s talk', async () => {
    const seed = await draftOf(
      [
        'Written submissions, published by Agence Exemple on 23 January 2026',
        '',
        '- Data Protection Commission – "Secondary use of health data under the EHDS: supervisory considerations" (12 January 2026)',
        '',
        'KEYNOTE SPEAKERS',
        '- Dr Hannah Okafor, Head of Modelling at Charles University – "In silico evidence in regulatory submissions"',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual([
      'Secondary use of health data under the EHDS: supervisory considerations',
    ]);
  });
});

describe('a release’s contact line', () => {
  it('gives the contact after "Further information:" their post at the publisher', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple | Stock exchange release | 12 March 2026',
        '',
        'Notice of the annual general meeting, said Dr Ana Costa.',
        '',
        'Further information: Laura Heikkilä, General Counsel, tel. +358 40 555 0192',
      ].join('\n'),
    );
    expect(role(seed, 'person:laura-heikkila', 'org:agence-exemple')?.title).toBe(
      'General Counsel',
    );
  });
});
