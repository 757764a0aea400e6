import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 145–147 showed (issue 22): a journal's editorial board (degrees after a
// name, an "Editor" column, "Name — Body" lines), …

const { draftOf, role } = articleDrafter('pg-draft-rounds-145-');

describe('a journal’s editorial board', () => {
  const board = [
    'Journal of Twin Studies — Editorial board',
    '',
    'Editor-in-Chief',
    'Katrin Oberholzer, MD PhD',
    'Professor of Computational Medicine, Charles University, Czechia',
    '',
    'Deputy Editor-in-Chief',
    'Paolo Ferrandi, PhD',
    'Agence Exemple, France',
    '',
    'Section Editors',
    'Section\tEditor\tAffiliation',
    'Cardiovascular twins\tAoife Ní Mhurchú\tUniversity of Galway, Ireland',
    'Brain twins\tMathilde Roux\tInstitut de Neurosciences des Systèmes, France',
    '',
    'Associate Editors',
    'Jakob Mertens — Inria, France',
    'Tereza Novotná — Masaryk University, Brno, Czech Republic',
    'Sofia Karamanli — Lynkeus, Italy',
    'Noor El Khatib — Erasmus Medical Centre, Rotterdam, Netherlands',
  ].join('\n');

  it('reads each editor, with degrees after the name, in an Editor column, or before a dash', async () => {
    const seed = await draftOf(board);
    expect(seed.names('person:').sort()).toEqual([
      'Aoife Ní Mhurchú',
      'Jakob Mertens',
      'Katrin Oberholzer',
      'Mathilde Roux',
      'Noor El Khatib',
      'Paolo Ferrandi',
      'Sofia Karamanli',
      'Tereza Novotná',
    ]);
    expect(seed.names('org:')).toContain('Masaryk University');
    expect(seed.names('org:').some((n) => n.includes('Novotn'))).toBe(false);
  });

  it('holds each editor’s body: the line under the name, the row’s cell, the body after the dash', async () => {
    const seed = await draftOf(board);
    expect(role(seed, 'person:katrin-oberholzer', 'org:charles-university')?.title).toBe(
      'Professor of Computational Medicine',
    );
    expect(role(seed, 'person:paolo-ferrandi', 'org:agence-exemple')).toBeDefined();
    expect(role(seed, 'person:aoife-ni-mhurchu', 'org:university-of-galway')).toBeDefined();
    expect(role(seed, 'person:tereza-novotna', 'org:masaryk-university')).toBeDefined();
  });

  it('a "Chair" cell in a table’s role column is a row, not a new header', async () => {
    const seed = await draftOf(
      [
        'Contributors',
        'Name\tOrganisation\tRole in the session',
        'Joost Verbeek\tAgence Exemple\tChair',
        'Marloes Brink\tHarteraad Patiëntenvereniging\tPanel',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Joost Verbeek', 'Marloes Brink']);
  });

  it('a line under a name that opens with no body and no post gives no role', async () => {
    const seed = await draftOf(
      [
        'Press contact',
        '',
        'Vesna Kovačič',
        'Phone: +32 2 555 01 01',
        '',
        'Charles University',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual([]);
  });
});

describe('a publication list whose entries open with their type in brackets', () => {
  const list = [
    'Charles University — Twin Lab — Publications',
    '',
    '[Journal article] Castaño Robles I, Kowalczyk A. Towards virtual brain twins in psychiatry. Frontiers in Psychiatry. 2024;15:1349021.',
    '[Preprint] Morales-Pinto D. Are hospitals ready for the data space? A readiness survey of 31 hospitals. medRxiv. Posted 12 January 2026.',
    '[Dataset] Rueda Vallejo A. LNCC-SCZ-212: resting-state scans of 212 patients. Zenodo. 2025.',
    '[Deliverable] VBT Consortium. D3.2 Clinical data pipeline specification. Project deliverable, June 2025.',
    '[Policy] Castaño Robles I, on behalf of the lab. Response to the call for evidence on the Apply AI Strategy. Submitted 3 June 2025.',
    '[Report] Castaño Robles I (ed.). Brain twins in the clinic: report of the Madrid workshop, 14 November 2024, organised by the lab.',
    '[Software] Rueda Vallejo A. The twin fitting toolbox for whole-brain models. GitHub. 2025.',
  ].join('\n');

  it('reads each entry’s title as a document of its type’s kind', async () => {
    const seed = await draftOf(list);
    const docs = seed.entities
      .filter((e) => e.id.startsWith('doc:') && e.id !== seed.source.id)
      .map((e) => `${String(e.kind)} ${String(e.name)}`);
    expect(docs.sort()).toEqual([
      'ARTICLE Are hospitals ready for the data space? A readiness survey of 31 hospitals',
      'ARTICLE Towards virtual brain twins in psychiatry',
      'DATASET LNCC-SCZ-212: resting-state scans of 212 patients',
      'DELIVERABLE D3.2 Clinical data pipeline specification',
      'POLICY_BRIEF Response to the call for evidence on the Apply AI Strategy',
      'REPORT Brain twins in the clinic: report of the Madrid workshop',
    ]);
  });

  it('an author the graph knows, by surname and initial, is that person', async () => {
    const seed = await draftOf(list);
    expect(seed.yaml).toMatch(/ref: person:agnieszka-kowalczyk\n\s+asWritten: Kowalczyk\n/);
  });
});

describe('a senate’s record of decisions', () => {
  const record = [
    'RECORD OF DECISIONS of the Senate of Charles University',
    'ordinary meeting held on 26 November 2025, 13:00, Prague',
    '',
    'Item 3. Resolution No. 118/2025 on consent to the University\'s participation in the project CARDIOREN-TWIN "Virtual twins for cardio-renal care"',
    'Presented by Agnieszka Kowalczyk, Vice-Rector for Science.',
    'Vote (open):\tin favour 41\tagainst 0\tabstaining 3',
    'Decision: ADOPTED',
    '',
    'Item 4. Resolution No. 119/2025 on the establishment of the Centre for Computational Medicine (CCM) as an inter-faculty unit.',
    'Vote (secret):\tin favour 1,204\tagainst 2\tabstaining 0',
    '',
    'Item 7. Information (no vote) – the Rector referred to the letter of the Ministry of Health of 4 November 2025 on the designation of health data access bodies.',
  ].join('\n');

  it('names each resolution to its subject’s end: before a quoted title, through an acronym', async () => {
    const seed = await draftOf(record);
    expect(seed.names('doc:').filter((n) => n.startsWith('Resolution'))).toEqual([
      "Resolution No. 118/2025 on consent to the University's participation in the project CARDIOREN-TWIN",
      'Resolution No. 119/2025 on the establishment of the Centre for Computational Medicine (CCM)',
    ]);
  });

  it('puts a vote line’s counts, labels first, on the resolution its item opens with', async () => {
    const seed = await draftOf(record);
    const counts = (name: string) =>
      (
        seed.entities.find((e) => e.name === name)?.quantities as {
          counts: string;
          value: number;
        }[]
      )?.map((q) => `${q.counts} ${q.value}`);
    expect(
      counts(
        "Resolution No. 118/2025 on consent to the University's participation in the project CARDIOREN-TWIN",
      ),
    ).toEqual(['votes in favour 41', 'votes against 0', 'abstentions 3']);
    expect(
      counts(
        'Resolution No. 119/2025 on the establishment of the Centre for Computational Medicine (CCM)',
      ),
    ).toEqual(['votes in favour 1204', 'votes against 2', 'abstentions 0']);
  });

  it('names a letter by its sender, date and subject, and keeps the sender', async () => {
    const seed = await draftOf(record);
    expect(seed.names('doc:')).toContain(
      'Letter of the Ministry of Health of 4 November 2025 on the designation of health data access bodies',
    );
    expect(seed.names('org:')).toContain('Ministry of Health');
  });

  it('an item’s number is no initial: "Item 7. Information" is no person', async () => {
    const seed = await draftOf(record);
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('a diary of the week ahead', () => {
  const week = [
    'THE WEEK AHEAD: 16–20 March 2026',
    'Published 15 March 2026',
    '',
    '——————————————',
    'MONDAY 16 MARCH',
    '——————————————',
    '▸ SANT committee, Agence Exemple (15:00–18:30, room ASP 1G3)',
    'Exchange of views with Agnieszka Kowalczyk on the first implementing acts.',
    '',
    '▸ Also Monday: Working Party on Public Health meeting (closed doors).',
    '',
    'TUESDAY 17 MARCH',
    '▸ Twins Info Day (09:30–17:00, Albert Borschette Conference Centre, Brussels + livestream)',
    '▸ Coffee break (10:30–11:00)',
    '',
    'FRIDAY 20 MARCH',
    '▸ Feedback deadline (midnight CET): the draft implementing regulation.',
    '▸ Charles University open day (all day)',
  ].join('\n');

  it('reads each dated item, timed or named a meeting, as an event of its day', async () => {
    const seed = await draftOf(week);
    const events = seed.entities
      .filter((e) => e.id.startsWith('event:'))
      .map((e) => `${String(e.date)} ${String(e.name)}${e.city ? ` (${String(e.city)})` : ''}`);
    expect(events.sort()).toEqual([
      '2026-03-16 SANT committee',
      '2026-03-16 Working Party on Public Health meeting',
      '2026-03-17 Twins Info Day (Brussels)',
      '2026-03-20 Charles University open day',
    ]);
  });

  it('the body after the title’s comma hosts the item', async () => {
    const seed = await draftOf(week);
    const hosted = seed.relationships.find(
      (r) => r.type === 'HOSTED_BY' && r.from === 'event:2026-03-16-sant-committee',
    );
    expect(hosted?.to).toBe('org:agence-exemple');
  });
});

describe('a parliament’s debate record', () => {
  const debate = [
    'Dáil Éireann debate - Tuesday, 25 Nov 2025',
    '',
    'An Ceann Comhairle: The next matter is in the name of Deputy Ciarán Ó Laoghaire.',
    '',
    'Deputy Ciarán Ó Laoghaire: I thank the Ceann Comhairle for selecting this matter. The regulation entered into force in March of this year. Patients are still carrying paper referral letters from one hospital to their GPs, and that is simply not acceptable in 2025. The figures show that only a third of acute hospitals have a full electronic health record. Can the Minister of State tell the House which body will be designated, and when the legislation will come before the House?',
    '',
    'Minister of State at the Department of Health (Deputy Orla Hanrahan): I thank the Deputy for raising this important matter. The Government approved the general scheme of the Bill in September, and I expect the Bill to be published early in the new year. The national shared care record is the backbone of what the regulation requires.',
    '',
    'Deputy Ciarán Ó Laoghaire: I welcome the reply, but a programme board is not a patient portal. Patients should not have to wait until 2030 to see their own scan results on their phone. Will the Minister of State commit to publishing the board’s work programme?',
    '',
    'Deputy Orla Hanrahan: We will not be found wanting on this; the regulation is an opportunity to give people control of their own health information, and we intend to take it.',
  ].join('\n');

  it('each member’s turn is theirs, the one who asks included, under a post with the holder in brackets', async () => {
    const seed = await draftOf(debate);
    const by = (person: string) =>
      seed.relationships.filter((r) => r.type === 'MADE_BY' && r.to === person).map((r) => r.from);
    expect(seed.names('person:').sort()).toEqual(['Ciarán Ó Laoghaire', 'Orla Hanrahan']);
    expect(by('person:ciaran-o-laoghaire').length).toBeGreaterThan(0);
    expect(by('person:orla-hanrahan').length).toBeGreaterThan(0);
    const texts = seed.entities
      .filter((e) => e.id.startsWith('statement:'))
      .map((e) => String(e.text));
    expect(texts.some((t) => t.endsWith('?'))).toBe(false);
  });
});

describe('a reply that lists documents in a table with a "Title" column', () => {
  const rows = [
    'No.\tDate\tTitle\tAccess',
    '1\t11.02.2025\tBriefing note for Agnieszka Kowalczyk, Head of Unit "AI in Health and Life Sciences", for the Sanofi meeting\tPartial',
    '2\t12.02.2025\tFlash report – meeting with Agence Exemple of 12 February 2025 on in silico trials\tPartial',
    '3\t09.04.2025\tSlides "Scaling virtual twins under the data space" (Agence Exemple)\tRefused',
  ];

  it('reads each row’s title as a document when the line above says documents follow', async () => {
    const seed = await draftOf(
      [
        'Dear Ms Montfort,',
        '',
        'Charles University has identified the following three documents:',
        '',
        ...rows,
      ].join('\n'),
    );
    expect(
      seed
        .names('doc:')
        .filter((n) => !n.startsWith('Dear'))
        .sort(),
    ).toEqual([
      'Briefing note for Agnieszka Kowalczyk, Head of Unit "AI in Health and Life Sciences", for the Sanofi meeting',
      'Flash report – meeting with Agence Exemple of 12 February 2025 on in silico trials',
      'Scaling virtual twins under the data space',
    ]);
  });

  it('a "Title" column under any other line is no list of documents', async () => {
    const seed = await draftOf(['Charles University events this spring', '', ...rows].join('\n'));
    expect(seed.names('doc:').filter((n) => /Briefing|Flash|Scaling/.test(n))).toEqual([]);
  });
});

describe('an event’s line of facts between dots', () => {
  it('reads "Name Year — theme · day · venue, city · N speakers" as the event', async () => {
    const seed = await draftOf(
      [
        'Agnieszka Kowalczyk: What if your heart had a twin?',
        '',
        'TEDxPrague 2026 — "Mirrors" · 7 February 2026 · Congress Centre, Prague, Czechia · 12 speakers',
      ].join('\n'),
    );
    const event = seed.entities.find((e) => e.id.startsWith('event:'));
    expect([event?.name, event?.date, event?.city]).toEqual([
      'TEDxPrague 2026',
      '2026-02-07',
      'Prague',
    ]);
  });

  it('a genre’s label in the first part ("Event report · 9 February 2026 · …") names no event', async () => {
    const seed = await draftOf(
      'Event report · 9 February 2026 · Text: Agnieszka Kowalczyk, Charles University Communications',
    );
    expect(seed.names('event:')).not.toContain('Event report');
  });
});

describe('a table whose name column can hold only people', () => {
  it('reads each "Author" cell as a person, with no column of organisations', async () => {
    const seed = await draftOf(
      [
        'Charles University workshop board export',
        '',
        'Sticky\tAuthor\tVotes',
        'I want a dashboard: who accessed my record\tCarlos Bettencourt\t6',
        'If the twin says no and my surgeon says yes, who decides?\tManuel Tavares\t9',
        'Kids need parents in the loop\tHelena Sousa (Agence Exemple)\t4',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual([
      'Carlos Bettencourt',
      'Helena Sousa',
      'Manuel Tavares',
    ]);
  });

  it('a "Product" column with names of things is still no table of people', async () => {
    const seed = await draftOf(
      [
        'Charles University spin-offs',
        '',
        'Product\tLead\tYear',
        'Heart Twin Studio\tAgence Exemple\t2024',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('a quoted title in a heading in capitals', () => {
  it('is nobody’s statement, though a person is named just before', async () => {
    const seed = await draftOf(
      [
        'Charles University workshop, 18 March 2026',
        '',
        'Facilitator: Agnieszka Kowalczyk (Charles University) said the groups would report back.',
        '',
        'FRAME 3 — GROUP C · "Twins in the real hospital"',
        '',
        'MYTH 5: "AI will use my health data to decide my treatment."',
      ].join('\n'),
    );
    expect(seed.entities.filter((e) => e.id.startsWith('statement:')).map((e) => e.text)).toEqual(
      [],
    );
  });
});

describe('a note’s action points', () => {
  it('"- EPF to send the position paper …" is a task, no document’s title', async () => {
    const seed = await draftOf(
      [
        'Note to the file: meeting with Charles University, 10 February 2026',
        '',
        'Follow-up',
        '- EPF to send the position paper and a short note on the steering board proposal (by 27 February).',
        '- Agence Exemple to circulate the revised roadmap by March.',
        '- Twin Readiness Report 2026 (PDF)',
      ].join('\n'),
    );
    expect(seed.names('doc:').filter((n) => !n.startsWith('Note to the file'))).toEqual([
      'Twin Readiness Report 2026',
    ]);
  });
});
