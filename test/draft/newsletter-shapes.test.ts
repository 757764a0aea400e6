import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A project newsletter's shapes (issue 22, round 7): an acronym before its full name, "Last
// Tuesday", a quoted webinar title after a comma, a numbered deliverable, an apposition the verb
// ends, a company named again without "Oy".

const { draftOf, role } = articleDrafter('pg-draft-newsletter-');

const NEWSLETTER = [
  'source: CARDIOTWIN Newsletter, Issue 2',
  'date: 2026-02-19',
  '---',
  'CARDIOTWIN (Cardiac Remodelling Digital Twins for Valve Patients) is a four-year Horizon Europe project coordinated by Fondazione Cuore Adriatico in Ancona.',
  '',
  'Workshop in Graz',
  '',
  'GRAZ, Austria — Last Tuesday, 31 patients and clinicians met at Graz University Hospital for the second co-design workshop of the project.',
  '',
  'The consortium has published deliverable D3.1, "Sharing valve twin data under the European Health Data Space". The 44-page report covers seven clinical sites in five countries.',
  '',
  'Lumosa Health Oy has joined the consortium. "Connecting our sensors to a heart twin is the next step," said Aino Kallio, co-founder and CEO of Lumosa Health.',
  '',
  'Save the date: webinar on 12 March',
  '',
  'Next month, we will host a free webinar, "Valve twins at the bedside", on Thursday 12 March 2026. Prof. Liesbet Geris, Executive Director of the VPH Institute, will present the roadmap drawn up by the CARDIOTWIN project.',
].join('\n');

describe('a project newsletter', () => {
  it('reads the acronym before its full name, "Last Tuesday", a quoted webinar title and a numbered deliverable', async () => {
    const seed = await draftOf(NEWSLETTER);
    const project = seed.entities.find((e) => e.id.startsWith('project:'));
    expect(project).toMatchObject({
      name: 'Cardiac Remodelling Digital Twins for Valve Patients',
      acronym: 'CARDIOTWIN',
    });
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: '2026-02-17', city: 'Graz' }),
        expect.objectContaining({ date: '2026-03-12', name: 'Valve twins at the bedside' }),
      ]),
    );
    const report = seed.entities.find((e) => String(e.name).startsWith('Sharing valve twin'));
    expect(report).toMatchObject({ kind: 'DELIVERABLE' });
    expect(report?.quantities).toEqual(
      expect.arrayContaining([
        { counts: 'pages', value: 44 },
        { counts: 'clinical sites', value: 7 },
      ]),
    );
    // titles are no statements
    const said = seed.entities.filter((e) => e.id.startsWith('statement:')).map((e) => e.text);
    expect(said).toEqual(['Connecting our sensors to a heart twin is the next step']);
  });

  it('finds a company again without "Oy", and ends an apposition at its verb', async () => {
    const seed = await draftOf(NEWSLETTER);
    expect(role(seed, 'person:aino-kallio', 'org:lumosa-health-oy')).toMatchObject({
      title: 'co-founder and CEO',
    });
    const geris = seed.relationships.filter(
      (r) => r.type === 'HOLDS_ROLE' && r.from === 'person:liesbet-geris',
    );
    expect(geris.map((r) => r.to)).toEqual(['org:vph-institute']);
  });

  it('date an item by its "Published" line under the masthead, and "last month, on Thursday the 12th" from it', async () => {
    const seed = await draftOf(
      [
        'TWINNET Newsletter | Issue 9 | Spring 2026',
        'European Network for Cardiac Twins',
        '',
        'In this issue: Registry news · Workshop · Dates for your diary',
        '',
        'FROM THE DATA GROUP',
        '',
        'Our registry gets ready',
        '',
        'Published 02.04.2026',
        '',
        'Last month, on Thursday the 12th, the Data Group met for a workshop in Lyon, hosted by Dr Ana Costa.',
        '',
        'DATES FOR YOUR DIARY',
        '24–25 Sept. 2026 – TWINNET Annual Meeting, Porto',
      ].join('\n'),
    );
    const dates = events(seed).map((e) => e.date);
    expect(dates).toContain('2026-03-12');
    expect(seed.source).toMatchObject({ published: '2026-04-02' });
  });

  it('a network named in nine words after "Network for", and a charter\'s version before its title', async () => {
    const seed = await draftOf(
      [
        'NEURONET Newsletter | Issue 3',
        'European Reference Network for Rare Paediatric and Neurometabolic Diseases',
        '',
        'Dr Ana Costa presented version 2.0 of the NEURONET Registry Data Sharing Charter, approved on 20/02/2026.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain(
      'European Reference Network for Rare Paediatric and Neurometabolic Diseases',
    );
    expect(seed.names('doc:')).toContain('NEURONET Registry Data Sharing Charter');
    expect(seed.names('doc:').filter((n) => /^\d/.test(n))).toEqual([]);
  });

  it('minutes dated "Date: Thursday 9 October 2025, 10:30–13:15" read a yearless "11 December" from that day', async () => {
    const seed = await draftOf(
      [
        'Stakeholder Forum – Minutes of Meeting No. 4',
        '',
        'Date: Thursday 9 October 2025, 10:30–13:15',
        '',
        'The Chair, Dr Ana Costa, opened the meeting. The next meeting will be held on 11 December.',
      ].join('\n'),
    );
    expect(seed.source).toMatchObject({ published: '2025-10-09' });
    expect(events(seed).map((e) => e.date)).toContain('2025-12-11');
  });
});
