import { describe, expect, it } from 'vitest';
import { findPageDate } from '../../src/draft/page-date.js';
import { articleDrafter, events } from './draft-of.js';

// Dates and speakers found in review of the draft (issue 22).

const { draftOf } = articleDrafter('pg-draft-dates-');

describe('which day an event is', () => {
  it('keeps the dateline event first when a later sentence has a written date', async () => {
    const seed = await draftOf(
      'Twin centre opens\n\nLISBON, 3 March 2026 – The Lusitano Heart Foundation today inaugurated the Atlantic Twin Centre in Lisbon. The foundation was created at a meeting held on 12 May 2024 in Porto.\n',
    );
    expect(events(seed)[0]).toMatchObject({ date: '2026-03-03', city: 'Lisbon' });
  });

  it('reads no event from "now"', async () => {
    const seed = await draftOf(
      'source: Registry update\ndate: 2026-03-03\n---\nThe consortium has now launched its second webinar series, said Anna Lindqvist of Nordvik Insight AS.\n',
    );
    expect(events(seed)).toEqual([]);
  });

  it('dates a hearing the sentence before dates ("on Wednesday … The hearing, chaired by …")', async () => {
    const seed = await draftOf(
      'source: MEPs question Commission\ndate: 2026-05-08\n---\nMembers of the Committee on Public Health questioned Commission officials on Wednesday about the data space. The hearing, chaired by MEP Tanja Kovač, heard from Ioana Petrescu, Head of Unit at DG SANTE.\n',
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ date: '2026-05-06', kind: 'MEETING' }),
    ]);
  });

  it("takes an event page's date and place line for the event's, not the page's", () => {
    expect(findPageDate('Twin Days 2026\n14 April 2026 · Brussels\n\nBody text.')).toBeUndefined();
    expect(findPageDate('News | Published 14 April 2026\n\nBody.')).toBe('2026-04-14');
    expect(findPageDate('A title\n14 April 2026 · 4 min read\n\nBody.')).toBe('2026-04-14');
    expect(findPageDate('A title\nPress release | 14 April 2026\n\nBody.')).toBe('2026-04-14');
  });
});

describe('who speaks', () => {
  it('does not take the byline of an interview for the interviewee', async () => {
    const seed = await draftOf(
      'Twins in the clinic\n\nInterview by Jonas Weber\n\nCardiologist Maria Santos leads the twin programme of the Hospital de Santa Clara.\n\nQ: What is missing?\nA: Europe needs shared data. Hospitals must be able to reuse records safely.\n\nQ: And next?\nA: We should test twins on real patients before 2030.\n',
    );
    const speakers = seed.relationships.filter((r) => r.type === 'MADE_BY').map((r) => r.to);
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['person:maria-santos']));
  });

  it('reads an interview whose questions are lines of their own, its interviewee from "questions for X"', async () => {
    const seed = await draftOf(
      [
        'source: Five questions for Margarethe Hollweg on twins in paediatrics',
        'date: 2026-09-15',
        '---',
        'Margarethe Hollweg is Chief Medical Officer of the Universitätsklinikum Rheinwald. She spoke to our editor Tomás Ibarra.',
        '',
        'What makes children different for a digital twin?',
        '',
        'Children grow. We need twins that learn as the child grows.',
        '',
        'What comes next?',
        '',
        'We should have a first validated growth model by 2027.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toContain('Margarethe Hollweg');
    const made = seed.relationships.filter((r) => r.type === 'MADE_BY');
    expect(made).toHaveLength(2);
    expect(new Set(made.map((r) => r.to))).toEqual(new Set(['person:margarethe-hollweg']));
    expect(
      seed.relationships.find(
        (r) => r.type === 'HOLDS_ROLE' && r.from === 'person:margarethe-hollweg',
      ),
    ).toMatchObject({ to: 'org:universitatsklinikum-rheinwald', title: 'Chief Medical Officer' });
  });

  it('finds a speech whose title is only in the header', async () => {
    const seed = await draftOf(
      'source: Speech by Maria Santos, Director of the Hospital de Santa Clara, at the Twin Forum\ndate: 2026-03-03\n---\nDear colleagues, Europe needs shared data to build twins. Hospitals must be able to reuse records safely.\n',
    );
    const made = seed.relationships.filter((r) => r.type === 'MADE_BY');
    expect(made.length).toBeGreaterThanOrEqual(2);
    expect(new Set(made.map((r) => r.to))).toEqual(new Set(['person:maria-santos']));
  });

  it('takes the event a speech was given at for an event, not an organisation, and its speaker as a speaker', async () => {
    const seed = await draftOf(
      'Speech by Executive Vice-President Henna Virkkunen at the Digital Assembly 2026\n\nLisbon, 10 June 2026\n\nEurope must build its own AI gigafactories. We need more computing power for our researchers.\n',
    );
    expect(seed.names('org:')).toEqual([]);
    const event = events(seed)[0]!;
    expect(event).toMatchObject({ name: 'Digital Assembly 2026', date: '2026-06-10' });
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({ from: 'person:henna-virkkunen', type: 'SPOKE_AT', to: event.id }),
    );
  });
});
