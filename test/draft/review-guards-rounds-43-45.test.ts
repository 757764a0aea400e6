import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/draft/quantities.js';
import { articleDrafter, events } from './draft-of.js';

// A reviewer's cases against the rules of blind rounds 43–45 (issue 22): each was confirmed wrong
// before its fix.

const { draftOf } = articleDrafter('pg-draft-review-43-45-');

describe('guards of the rounds 43–45 rules: events and dates', () => {
  it('a past day stays this year though the next sentence says "will"', async () => {
    const seed = await draftOf(
      'Summit report\n\nBrussels, 10 March 2026 — The Digital Health Summit took place in Lisbon on 3 March. The organisers will publish a report in May, said Dr Ana Costa.\n',
    );
    expect(events(seed).map((e) => e.date)).toEqual(['2026-03-03']);
  });

  it('"the EU-China summit" two paragraphs up names no vote that "took place"', async () => {
    const seed = await draftOf(
      'Vote\n\nMEPs met ahead of the EU-China summit in Beijing next month, said Dr Ana Costa.\n\nThe plenary vote on the Critical Medicines Act took place in Strasbourg on 5 March 2026.\n',
    );
    expect(events(seed).map((e) => e.name)).not.toContain('Summit in Strasbourg');
  });

  it('a Council line under a label line is named without the label; an organisation named after an event stays', async () => {
    const seed = await draftOf(
      'Ministers agree\n\nMinisters agreed, said Minister Ana Costa.\n\nPress Release\nEmployment, Social Policy, Health and Consumer Affairs Council, 12 June 2026\n',
    );
    expect(events(seed)[0]?.name).toBe(
      'Employment, Social Policy, Health and Consumer Affairs Council',
    );
    const summit = await draftOf(
      'Summit\n\nThe MedTech Summit took place in Lisbon on 3 March 2026, said Dr Ana Costa. It was organised by MedTech Summit Partners Association.\n',
    );
    expect(summit.names('org:')).toContain('MedTech Summit Partners Association');
  });
});

describe('guards of the rounds 43–45 rules: names', () => {
  it('"the International Community" is no organisation; "the Lab of Network Science" keeps its name', async () => {
    const seed = await draftOf(
      'News\n\nThe International Community must act, said Dr Ana Costa. Dr Eva Horn of the Lab of Network Science at Aalto University agreed.\n',
    );
    const orgs = seed.names('org:');
    expect(orgs).not.toContain('International Community');
    expect(orgs).toContain('Lab of Network Science');
  });

  it('"Health and Policy Review" after a title is an organisation', async () => {
    const seed = await draftOf(
      'News\n\n"Good," said Eva Horn, Editor, Health and Policy Review.\n',
    );
    expect(seed.names('org:')).toEqual(['Health and Policy Review']);
  });

  it('people: "(imec)" is an affiliation, "- Katrin Vollmer" a signature, "Opening Remarks" a heading', async () => {
    const seed = await draftOf(
      [
        'Programme',
        '',
        'Wouter Peeters (imec) and Saskia Vermeulen (eu-LISA) presented the results.',
        '',
        'Opening Remarks',
        'President of the European Commission',
        '',
        'Panel Discussion',
        'Moderator and rapporteur',
        '',
        'Thanks to all.',
        '- Katrin Vollmer',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Wouter Peeters', 'Saskia Vermeulen', 'Katrin Vollmer']);
  });
});

describe('guards of the rounds 43–45 rules: documents and figures', () => {
  it('a quoted sentence after "in the report," is no title; "- English (PDF)" is no document', async () => {
    const seed = await draftOf(
      'News\n\nAs the authors write in the report, "Most hospitals still lack the staff to deploy AI safely." said Dr Ana Costa.\n\nDownloads\n- English (PDF, 312 KB)\n- Photos (ZIP, 40 MB)\n',
    );
    expect(seed.entities.filter((e) => e.id.startsWith('doc:') && e.kind !== 'ARTICLE')).toEqual(
      [],
    );
  });

  it('"TB cases" are counted (TB is tuberculosis, not a file size)', () => {
    expect(findQuantities('Over 33,000 TB cases were notified.')).toEqual([
      expect.objectContaining({ value: 33000, qualifier: 'over' }),
    ]);
  });
});

describe('guards of the rounds 43–45 rules: a second review', () => {
  it('a bulleted agenda is no list of signatures; "Winners:" may list projects', async () => {
    const seed = await draftOf(
      [
        'Agenda',
        '',
        'Dr Ana Costa presented the agenda:',
        '',
        '- Welcome Coffee',
        '- Networking Lunch',
        '- Nordic Heart Atlas Demo',
        '',
        'Winners: Nordic Heart Atlas, Open Cardio Twin and Liver Model Suite',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });

  it('"the meeting of the European Council" and "Photo: European Council, 12 June 2026" name no event', async () => {
    const seed = await draftOf(
      'Summit\n\nAt the meeting of the European Council on 4 March 2026 in Brussels, Dr Ana Costa spoke.\n\nPhoto: European Council, 12 June 2026\n',
    );
    expect(events(seed).map((e) => e.name)).not.toContain('European Council');
  });

  it('a day "held" before a "will" is past; a "will take place" after "hosted by" is to come', async () => {
    const past = await draftOf(
      'Oslo, 10 March 2026 – The Nordic Digital Health Summit, held in Bergen on 3 February, will publish its conclusions next month, said Dr Ana Costa.\n',
    );
    expect(events(past).map((e) => e.date)).toContain('2026-02-03');
    const coming = await draftOf(
      'Oslo, 10 March 2026 – The Nordic Digital Health Summit, hosted by the University of Oslo, will take place in Bergen on 3 February, said Dr Ana Costa.\n',
    );
    expect(events(coming).map((e) => e.date)).toContain('2027-02-03');
  });

  it('speakers named "Green" or "Manning" are people; "Contact: Rūta Kalniņa" too', async () => {
    for (const [name, title] of [
      ['Sarah Green', 'Director of Policy, Nordic Health Alliance'],
      ['John Manning', 'Chief Executive Officer'],
    ]) {
      const seed = await draftOf(['Speakers', '', name, title].join('\n'));
      expect(seed.names('person:')).toEqual([name]);
    }
    const contact = await draftOf(
      'Press\n\nThe office opened.\n\nContact: Rūta Kalniņa, +371 2912 3456\n',
    );
    expect(contact.names('person:')).toEqual(['Rūta Kalniņa']);
  });

  it('"Annual Report 2025" and "Data / AI / Health: the year ahead" are titles', async () => {
    const report = await draftOf(
      'Annual Report 2025\n\nBrussels, 3 March 2026 – The Nordic Health Alliance published its annual report today, said Dr Ana Costa.\n',
    );
    expect(report.source.name).toBe('Annual Report 2025');
    const slashes = await draftOf(
      'Data / AI / Health: the year ahead\n\nGeneva, 3 March 2026 – Maria Lopez, Director of the Nordic Health Alliance, said the year was good.\n',
    );
    expect(slashes.source.name).toBe('Data / AI / Health: the year ahead');
  });
});
