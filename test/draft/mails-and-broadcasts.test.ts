import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A forwarded e-mail and a radio transcript (blind round 80–81, issue 22): the e-mail's subject is
// its title and its "Sent:" line its day (which gives a yearless "24 February" its year); a
// broadcast's "Broadcast:" line dates the page; "DR X: At the Y Days, on the 11th and 12th of May".

const { draftOf } = articleDrafter('pg-draft-mails-broadcasts-');

const mail = [
  'From: Rui Marques <rui.marques@example.org>',
  'Sent: Tuesday, 3 February 2026 08:51',
  'To: Dr Ana Costa <ana.costa@example.org>',
  'Subject: FW: Invitation – Workshop "Twins for Small Hospitals" – Prague, 24 February',
  '',
  'Ana – could you go in my place?',
  '',
  'Agence Exemple invites you to the workshop "Twins for Small Hospitals" in Prague on 24 February.',
].join('\n');

describe('an e-mail copied with its headers', () => {
  it('takes the subject for the title, the Sent: day for the page, and dates the event by it', async () => {
    const seed = await draftOf(mail);
    expect(seed.source.name).toBe(
      'Invitation – Workshop "Twins for Small Hospitals" – Prague, 24 February',
    );
    expect(seed.source.published).toBe('2026-02-03');
    expect(events(seed).map((e) => [e.name, e.date])).toContainEqual([
      'Twins for Small Hospitals',
      '2026-02-24',
    ]);
  });
});

describe('a radio transcript', () => {
  const show = [
    'Health Futures – Episode 40',
    'Broadcast: Tuesday 10 March 2026, 18:30–18:55 CET',
    'Presenter: Ilse Verbruggen',
    '',
    'Transcript',
    '',
    '[00:00:04] VERBRUGGEN: Welcome. With me is Dr Ana Costa of Charles University. Where did you present the twin?',
    '[00:00:20] COSTA: At the Prague Hospital Days, on the 11th and 12th of February, to about 900 people.',
    '[00:00:40] VERBRUGGEN: And what did they ask?',
    '[00:00:45] COSTA: Mostly about liability.',
  ].join('\n');

  it('dates the page by its Broadcast: line and names the event without the turn\'s "At the"', async () => {
    const seed = await draftOf(show);
    expect(seed.source.published).toBe('2026-03-10');
    const days = events(seed).find((e) => e.name === 'Prague Hospital Days');
    expect([days?.date, days?.endDate]).toEqual(['2026-02-11', '2026-02-12']);
  });
});
