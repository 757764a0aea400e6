import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// How an event is found and named when the text gives no "Summit"-style name (issue 22, rounds
// 8–9 re-scored with events matched by date and name): an opening, an inauguration named only in
// the heading, a name given by the next sentence, a venue named after a conference.

const { draftOf, role } = articleDrafter('pg-draft-event-naming-');

describe('the event of a text without a headed name', () => {
  it('a press release whose first sentence is its dateline: "today opened the X" is the Opening of the X', async () => {
    const seed = await draftOf(
      [
        'GRAZ, 14 May 2026 – Styrian Medical University (SMU) today opened the Alpine Centre for Bone Twins (ACBT), a joint unit of 30 researchers.',
        '',
        'The opening coincides with the launch of OSTEOTWIN, a Horizon Europe project that starts on 1 June 2026.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'Opening of the Alpine Centre for Bone Twins',
        date: '2026-05-14',
        city: 'Graz',
        kind: 'LAUNCH',
      }),
    ]);
  });

  it('a speech titled "…, at the inauguration of the X": the event is the Inauguration of the X, held at its venue, and the speaker’s role stops before it', async () => {
    const seed = await draftOf(
      [
        'source: Speech by Marta Oliveira-Santos, Director of Digital Health at DG CONNECT, at the inauguration of the Iberian Cardio Data Hub',
        'date: 2026-10-08',
        '---',
        'Porto, 8 October 2026',
        '',
        'Dear colleagues,',
        '',
        'It is a pleasure to open the Iberian Cardio Data Hub today, and I thank the Porto Institute of Clinical Modelling (PICM) for hosting this inauguration here at the Casa da Música Annex.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'Inauguration of the Iberian Cardio Data Hub',
        date: '2026-10-08',
        city: 'Porto',
      }),
    ]);
    const hub = seed.entities.find((e) => e.name === 'Iberian Cardio Data Hub');
    if (hub) expect(role(seed, 'person:marta-oliveira-santos', hub.id)).toBeUndefined();
  });

  it('"on Tuesday at a roundtable …. The roundtable, “Title”, was hosted by …": the quoted title names it', async () => {
    const seed = await draftOf(
      [
        'source: Clinicians ask for AI training',
        'date: 2026-05-21',
        '---',
        'Doctors need training before AI reaches the ward, speakers agreed on Tuesday at a roundtable in Strasbourg on AI in hospitals.',
        '',
        'The roundtable, "Machines on the Ward: Skills for Clinical AI", was hosted by the Hospital Pharmacists Network (HPN).',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'Machines on the Ward: Skills for Clinical AI',
        date: '2026-05-19',
      }),
    ]);
  });

  it('an event page whose date line names a "Conference Centre": the title is the name, not the building', async () => {
    const seed = await draftOf(
      [
        'Data Access Bodies at Work 2026',
        '',
        'Tuesday 9 June 2026 | Rotterdam Ahoy Conference Centre, Rotterdam',
        '',
        'Organised by the Dutch Health Data Platform, this one-day conference asks how permits are granted.',
      ].join('\n'),
    );
    expect(seed.names('event:')).toEqual(['Data Access Bodies at Work 2026']);
  });

  it('"Last week, on Monday and Tuesday": both days of the week before the article’s; "published online yesterday" and "the next workshop" date no event', async () => {
    const seed = await draftOf(
      [
        'source: Newsletter, June 2026',
        'date: 2026-06-10',
        '---',
        'Last week, on Monday and Tuesday, some 80 modellers met in Ghent for the workshop "Kidney Twins in Practice", hosted by the Flanders Nephrology Institute (FNI).',
        '',
        'Its report was published online yesterday. The next workshop will be announced in the autumn.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'Kidney Twins in Practice',
        date: '2026-06-01',
        endDate: '2026-06-02',
      }),
    ]);
  });

  it('a named lecture the text reports is an event', async () => {
    const seed = await draftOf(
      'Annual report 2025\n\nOn 12 March 2025 the Foundation hosted the sixth Lindqvist Lecture at the Nieuwe Kerk in Delft, where Dr Ana Costa spoke.',
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ name: 'Lindqvist Lecture', date: '2025-03-12' }),
    ]);
  });

  it('"at the EHDS Board meeting last month": a body\'s meeting, named by the body, dated by the month', async () => {
    const seed = await draftOf(
      'BRUSSELS, 4 March 2026 — Dr Ana Costa put it well at the Twin Data Board meeting last month: "A permit that takes a year is a permit nobody asked for."',
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ name: 'Twin Data Board meeting', date: '2026-02' }),
    ]);
  });
});

// Events of blind rounds 64–66 (issue 22): a press briefing, and a lunch named like an event.
describe('briefings and named lunches', () => {
  it('reads a press briefing as a meeting', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026. The letter was presented today at a press briefing hosted by Agence Exemple, said Dr Ana Costa.',
    );
    expect(events(seed).map((e) => [e.date, e.kind])).toEqual([['2026-03-03', 'MEETING']]);
  });

  it('names a lunch written with capitals ("the AI Literacy Lunch on Wednesday 25/11")', async () => {
    const seed = await draftOf(
      'Staff news, 12 November 2026\n\nJoin the AI Literacy Lunch on Wednesday 25/11, 12:30–13:30, in the Auditorium. Dr Ana Costa will talk about credible twins.',
    );
    expect(events(seed).map((e) => [e.name, e.date])).toEqual([
      ['AI Literacy Lunch', '2026-11-25'],
    ]);
  });
});

describe('a place with a note in brackets', () => {
  it('reads no person from "at Meridia Delft (also on Teams)"', async () => {
    const seed = await draftOf(
      'Staff news, 12 November 2026\n\nThe talk is in the Auditorium at Meridia Delft (also on Teams), said Dr Ana Costa.',
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });
});
