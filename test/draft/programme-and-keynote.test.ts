import { describe, expect, it } from 'vitest';
import { articleDrafter, events, statements } from './draft-of.js';

// An event's own programme page and a keynote titled only in the header (issue 22, round 9).

const { draftOf, role } = articleDrafter('pg-draft-programme-');

describe('an event’s programme page', () => {
  it('names the event by the page title over a date line of parts, with its speakers', async () => {
    const seed = await draftOf(
      [
        'Virtual Twins in the Clinic 2026',
        'From projects to hospital practice',
        '',
        'Thursday, 23 April 2026 · Van Swieten Hall, Medical University of Vienna, Spitalgasse 23, 1090 Vienna, Austria',
        'Organised by ClinSim ERIC',
        '',
        'This one-day meeting asks what it takes to move models onto wards.',
        '',
        '09:40 Keynote: "The VHT Initiative after the roadmap"',
        'Dr. Sophie Lambrecht-Dufour, Director General, ClinSim ERIC',
        '',
        'Moderator: Lena Strömqvist, Brussels correspondent, Nordic Health Policy Review',
        '• OSTEOSIM — Ing. Petra Nováková, Ph.D., Charles University',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'Virtual Twins in the Clinic 2026',
        date: '2026-04-23',
        city: 'Vienna',
      }),
    ]);
    expect(events(seed)[0]).not.toHaveProperty('quantities'); // "1090 Vienna" is a postcode
    expect(seed.names('org:')).not.toContain('Clinic 2026');
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Sophie Lambrecht-Dufour', 'Lena Strömqvist', 'Petra Nováková']),
    );
    expect(role(seed, 'person:sophie-lambrecht-dufour', 'org:clinsim-eric')).toBeDefined();
    expect(statements(seed)).toEqual([]); // a talk's title is no statement
  });
});

describe('a keynote titled only in the header', () => {
  it('gives the speaker their positions, and "Director-General Kowalczyk" is the known Kowalczyk', async () => {
    const seed = await draftOf(
      [
        'source: Keynote address by Professor Radosław Wiśniewski, President of EACM, at the Data Summit 2026',
        'date: 2026-03-05',
        '---',
        'Tallinn, 4 March 2026 — check against delivery',
        '',
        'Director-General Kowalczyk, dear colleagues,',
        '',
        'The data space must serve models, not only statistics. But projects end; infrastructures must not.',
      ].join('\n'),
    );
    const made = seed.relationships.filter((r) => r.type === 'MADE_BY').map((r) => r.to);
    expect(made).toEqual(['person:radoslaw-wisniewski', 'person:radoslaw-wisniewski']);
    const mentions = (seed as unknown as { mentions?: { ref: string }[] }).mentions ?? [];
    expect(mentions.map((m) => m.ref)).toContain('person:agnieszka-kowalczyk');
  });
});
