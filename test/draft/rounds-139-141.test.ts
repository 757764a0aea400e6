import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 139–141 showed (issue 22): a minister's public agenda, …

const { draftOf } = articleDrafter('pg-draft-rounds-139-');

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
