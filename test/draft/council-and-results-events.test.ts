import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Shapes of blind round 35 (issue 22): a Council release, a project's final results; other words.

const { draftOf } = articleDrafter('pg-draft-council-events-');

describe('events of a release and of a results page', () => {
  it('under a dateline, what happened "today" is the main event, before a written day of background', async () => {
    const seed = await draftOf(
      [
        'Ministers agree on data rules',
        '',
        'Riga, 9 October 2026',
        '',
        'Transport ministers meeting in Riga today agreed on common rules for mobility data. "Data must move as freely as trains," said Minister Ilze Kalnina after the meeting.',
        '',
        'The Estonian delegation presented the Tallinn Charter on Rail Data, signed at a high-level conference in Tallinn on 2 September 2026.',
      ].join('\n'),
    );
    const [main, other] = events(seed);
    expect(main).toMatchObject({ date: '2026-10-09', city: 'Riga' });
    expect(other).toMatchObject({ date: '2026-09-02' });
    const said = seed.entities.find((e) => e.id.startsWith('statement:'));
    expect(said).toMatchObject({ date: '2026-10-09' });
  });

  it('"partners met in X on …", then "The closing symposium, hosted by …": the event is that symposium', async () => {
    const seed = await draftOf(
      [
        'KIDNEYSIM ends',
        '',
        'On 5 and 6 March 2026, the KIDNEYSIM partners met a last time in Ghent. The closing symposium, hosted by Ghent University, drew 120 participants.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ date: '2026-03-05', name: expect.stringMatching(/^Symposium\b/) }),
    ]);
  });

  it('a working lunch the day before is an event of its own', async () => {
    const seed = await draftOf(
      [
        'Ministers meet',
        '',
        'VIENNA, 12 May 2026 – Health ministers meeting in Vienna today adopted conclusions on cancer data. Yesterday, ministers attended a working lunch at the Vienna Health Institute on registries.',
      ].join('\n'),
    );
    expect(events(seed).map((e) => e.date)).toEqual(['2026-05-12', '2026-05-11']);
  });
});

describe('a release whose lead says "yesterday"', () => {
  it('an undated event sentence takes the lead’s day, not the dateline’s; a "Science Day" is an event', async () => {
    const seed = await draftOf(
      [
        'Prizes awarded',
        '',
        'BERGEN, 10 March 2026 – The Fjord Foundation yesterday named the three winners of its Ocean Health Prize.',
        '',
        'The prizes were handed out at the Foundation’s Science Day in the Grieg Hall, attended by 200 guests.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ date: '2026-03-09', name: expect.stringMatching(/Science Day/) }),
    ]);
  });
});

describe('a news agency’s wire', () => {
  it('"City, Mon DD (AGENCY) –" under "DD/MM/YYYY hh:mm (updated hh:mm)" is the dateline; "speaking yesterday at the presentation of X" is an event', async () => {
    const seed = await draftOf(
      [
        'NTB – Nordic Wire Service | English Service',
        '04/03/2026 09:15 (updated 11:40)',
        '',
        'Norway funds patient twins',
        '',
        'Oslo, Mar 4 (NWS) – Norway will spend 90 million kroner on patient twins, Health Minister Kari Lunde said. Speaking yesterday at the presentation of the National Twin Plan in Oslo, the minister said the plan would connect ten hospitals.',
      ].join('\n'),
    );
    expect(seed.source.published).toBe('2026-03-04');
    expect(events(seed)).toEqual([expect.objectContaining({ date: '2026-03-03', kind: 'LAUNCH' })]);
  });
});

describe('a Council release and an op-ed (blind rounds 43–45)', () => {
  it('a "Meeting information" line names the Council configuration that met; its words make no organisations', async () => {
    const seed = await draftOf(
      [
        'Council agrees its position',
        '',
        'Health ministers agreed the Council’s position today, said Minister Eleni Petrou.',
        '',
        'Meeting information',
        'Employment, Social Policy, Health and Consumer Affairs Council (Health), 12 June 2026',
        'European Convention Center Luxembourg',
      ].join('\n'),
    );
    expect(events(seed)[0]).toMatchObject({
      name: 'Employment, Social Policy, Health and Consumer Affairs Council (Health)',
      date: '2026-06-12',
    });
    expect(seed.names('org:')).toEqual([]);
  });

  it('a "Meeting page:" line, or "the meeting of the … Council", names it too', async () => {
    const seed = await draftOf(
      [
        'Ministers adopt conclusions',
        '',
        'The meeting of the Agriculture and Fisheries Council was chaired by Minister Jan Kowalski in Luxembourg on 16 June 2026.',
        '',
        'Meeting page: Agriculture and Fisheries Council, 16 June 2026',
      ].join('\n'),
    );
    expect(events(seed)[0]).toMatchObject({
      name: 'Agriculture and Fisheries Council',
      date: '2026-06-16',
    });
  });

  it('"President of the X Forum" names a body one heads, not an event', async () => {
    const seed = await draftOf(
      [
        'Op-ed',
        '',
        'As Marta Kowalczyk, President of the European Patients’ Digital Forum (EPDF), told MEPs at their hearing on data on 10 March 2026: “Patients were promised control.”',
      ].join('\n'),
    );
    const [event] = events(seed);
    expect(event).toMatchObject({ date: '2026-03-10', kind: 'MEETING' });
    expect(String(event!.name)).not.toMatch(/Forum/);
  });

  it('a Council configuration met on a day is a meeting named by it, not an organisation', async () => {
    const seed = await draftOf(
      [
        'Vilnius, 14 May 2026 – The Lithuanian Ministry of Health welcomed the vote.',
        '',
        'Ministers had agreed their position at the Competitiveness Council in Luxembourg on 3 March 2026, said Dr Ana Costa.',
      ].join('\n'),
    );
    const council = events(seed).find((e) => e.date === '2026-03-03');
    expect(council).toMatchObject({ name: 'Competitiveness Council', city: 'Luxembourg' });
    expect(council).not.toHaveProperty('venue');
    expect(seed.names('org:').filter((n) => /Competitiveness/.test(n))).toEqual([]);
  });
});
