import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// An FAQ page (blind round 46, issue 22): "The second VHT Community Days will be held in Bologna
// on 16-17 April 2026 … The first edition, in Leuven in June 2025, drew over 450 participants."

const { draftOf } = articleDrafter('pg-draft-editions-');

const page = (edition: string) =>
  [
    'VHT news',
    '',
    'BRUSSELS, 3 March 2026 – The community meets again in spring.',
    '',
    `The second VHT Community Days will be held in Bologna on 16-17 April 2026, hosted by the University of Bologna. ${edition}`,
  ].join('\n');

describe('an earlier edition of a named event', () => {
  it('is an event of its own, named with its ordinal and dated by its month', async () => {
    const seed = await draftOf(
      page('The first edition, in Leuven in June 2025, drew over 450 participants.'),
    );
    const first = events(seed).find((e) => e.date === '2025-06');
    expect(first).toMatchObject({ name: 'First VHT Community Days', city: 'Leuven' });
  });

  it('takes the year when the edition is named by it', async () => {
    const seed = await draftOf(
      page('The 2025 edition, held in Leuven in June 2025, drew over 450 participants.'),
    );
    expect(events(seed).find((e) => e.date === '2025-06')?.name).toBe('VHT Community Days 2025');
  });

  it('takes the series’ name from the page’s title, paragraphs above', async () => {
    const seed = await draftOf(
      [
        'Twins in the Clinic: 4th European Conference on Virtual Human Twins (VHT-Clin 2026)',
        'ICC Ghent, Belgium | 22–24 September 2026',
        '',
        'Posted on 3 November 2025',
        '',
        'Prof. Liesbet Geris invites abstracts.',
        '',
        'WHAT TO EXPECT',
        'More than 350 participants attended the third edition, held in Bologna in June 2024.',
      ].join('\n'),
    );
    expect(events(seed).find((e) => e.date === '2024-06')).toMatchObject({
      name: 'Third European Conference on Virtual Human Twins',
      city: 'Bologna',
    });
  });

  it('is none for an edition of a publication or a month with no edition', async () => {
    const seed = await draftOf(
      page('The report, published in Leuven in June 2025, drew over 450 comments.'),
    );
    expect(events(seed).map((e) => e.date)).toEqual(['2026-04-16']);
  });
});

// A coordinator's post (blind round 44): "That's a wrap on our second General Assembly! … Next GA:
// Porto, October 2026."
describe('an event named by the initials of one named before', () => {
  const post = (next: string) =>
    [
      'Katarzyna Nowak, coordinator at EBRAINS',
      '',
      'Posted 5 March 2026',
      '',
      'That’s a wrap on our second General Assembly! Thanks to all partners who came to Kraków.',
      '',
      next,
    ].join('\n');

  it('is that event, in the month given', async () => {
    const seed = await draftOf(post('Next GA: Porto, October 2026. See you there!'));
    expect(events(seed).find((e) => e.date === '2026-10')).toMatchObject({
      name: 'General Assembly',
      city: 'Porto',
    });
  });

  it('is none when the capitals are not its initials', async () => {
    const seed = await draftOf(post('Next DMP: Porto, October 2026. See you there!'));
    expect(events(seed).find((e) => e.date === '2026-10')).toBeUndefined();
  });

  it('a day of an event read first, then its whole span, is one event over the span', async () => {
    const seed = await draftOf(
      [
        'Session transcripts',
        '',
        'Nordic Twins Forum 2025 · Centro de Congressos · Day 2, Wed 22.10.2025, 14:00–15:15',
        '',
        'Dr Ana Costa opened the panel.',
        '',
        'The panel was part of Day 2 of the Nordic Twins Forum (21–23 October 2025), organised in Lisbon.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ date: '2025-10-21', endDate: '2025-10-23' }),
    ]);
  });
});
