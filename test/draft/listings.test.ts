import { describe, expect, it } from 'vitest';
import { datesOf } from '../../src/draft/month-ordinals.js';
import { articleDrafter, events } from './draft-of.js';

// An events calendar (blind round 67, issue 22): each entry a date line, maybe with its place, and
// the event's title on the line below, its labelled lines under it.

const { draftOf } = articleDrafter('pg-draft-listings-');

const calendar = [
  'Community calendar',
  'Updated 9 February 2026',
  '━━ MARCH 2026 ━━',
  'TUE 17 – WED 18 MAR · Brussels, Belgium\nData Access Days 2026\nWhere: The Square\nOrganisers: Agence Exemple\nTwo days on secondary use. Capacity: 350 in the room.',
  'THU 26 MAR · online, 14:00–15:30 CET\nWebinar — Brain twins in surgery: where are we?\nHost: Charles University\nSpeakers: Dr Ana Costa.',
  '━━ APRIL 2026 ━━',
  '22–24.04.2026 · Leuven, Belgium\nTWIN2026 — Annual Conference of the Twin Society\nWhere: Arenberg Castle',
  'Tuesday 12 May 2026 · Brussels\nWorkshop: The AI Act meets the MDR\nFee: €150.',
].join('\n\n');

describe('an events calendar', () => {
  it('reads spans of days as listings write them', () => {
    const ref = new Date(2026, 1, 9);
    const read = (s: string) =>
      datesOf
        .parse(s, ref)
        .map((r) => [r.start.get('day'), r.end?.get('day'), r.start.get('month')]);
    expect(read('TUE 17 – WED 18 MAR · Brussels')).toEqual([[17, 18, 3]]);
    expect(read('22–24.04.2026 · Leuven')).toEqual([[22, 24, 4]]);
    expect(read('Fri 30 – Sat 2 May 2026')).toEqual([[30, 2, 4]]);
  });

  it('makes each entry an event named by its title line, on its date line’s day and place', async () => {
    const seed = await draftOf(calendar);
    const byName = Object.fromEntries(
      events(seed).map((e) => [e.name, [e.date, e.endDate, e.city]]),
    );
    expect(byName).toMatchObject({
      'Data Access Days 2026': ['2026-03-17', '2026-03-18', 'Brussels'],
      'Brain twins in surgery: where are we?': ['2026-03-26', undefined, undefined],
      TWIN2026: ['2026-04-22', '2026-04-24', 'Leuven'],
      'The AI Act meets the MDR': ['2026-05-12', undefined, 'Brussels'],
    });
  });

  it('takes each entry’s venue from its own "Where:" line, and proposes no venue as an organisation', async () => {
    const seed = await draftOf(calendar);
    const venues = Object.fromEntries(events(seed).map((e) => [e.name, e.venue]));
    expect(venues).toMatchObject({
      'Data Access Days 2026': 'The Square',
      TWIN2026: 'Arenberg Castle',
    });
    expect(venues['Brain twins in surgery: where are we?']).toBeUndefined();
  });

  it('counts no day of a month as a figure ("18 MAR")', async () => {
    const seed = await draftOf(
      'Brussels, 2 March 2026. The Data Days conference was held on 18 MAR in Brussels, said Dr Ana Costa.',
    );
    expect(events(seed)).toHaveLength(1);
    expect(seed.yaml).not.toMatch(/counts: MAR/);
  });
});

// An event page in a Who/What/When/Where layout (blind round 69): the title under a site's
// breadcrumb, the day under a "WHEN" heading, the venue under "WHERE".
const whoWhatWhen = [
  'Twin Community Portal\nHome / Events / Workshops / TE 2026',
  'Twin Evidence Leuven 2026 (TE 2026)',
  'WHAT\nA workshop on the evidence a twin needs.',
  'WHO\nHost: Charles University\nSpeakers: Dr Ana Costa',
  'WHEN\nWed 11 March 2026, 13:00–18:00 CET\nThu 12 March 2026, 09:00–13:30 CET',
  'WHERE\nAula Magna, Naamsestraat 22, 3000 Leuven, Belgium',
].join('\n\n');

describe('an event page with WHAT, WHO, WHEN and WHERE headings', () => {
  it('is the event named by the title under the breadcrumb, on the day under WHEN, in the place under WHERE', async () => {
    const seed = await draftOf(whoWhatWhen);
    expect(events(seed).map((e) => [e.name, e.date, e.venue, e.city])).toEqual([
      ['Twin Evidence Leuven 2026', '2026-03-11', 'Aula Magna', 'Leuven'],
    ]);
  });

  it('takes no page section for the title ("Home / Programme / Speakers", then "Speakers")', async () => {
    const seed = await draftOf(
      'TWIN DAYS 2026\nHome / Programme / Speakers\n\nSpeakers\n\nLisbon · 24–26 March 2026 · Centro de Congressos\n\nThe conference is organised by Agence Exemple. Dr Ana Costa speaks.',
    );
    expect(events(seed).map((e) => e.name)).not.toContain('Speakers');
  });
});

// A social post announcing an event (blind round 69): the day after 📅, the venue after 📍.
const post = [
  '📣 SAVE THE DATE – TWINPROJ goes to Lisbon!',
  'Our 3rd General Assembly will be followed by a public Policy Day on twins in oncology 🧬',
  '📅 25–26 March 2026\n📍 Champalimaud Foundation, Lisbon (hybrid)\n🏛️ Hosted by our partner Charles University',
  'Fireside chat with Dr Ana Costa.',
  'Agence Exemple · Champalimaud Foundation · Charles University',
].join('\n\n');

describe('a post announcing an event with emoji labels', () => {
  it('dates the event by the 📅 line and places it by the 📍 line, keeping a venue that is an institution named again', async () => {
    const seed = await draftOf(post);
    expect(events(seed).map((e) => [e.date, e.endDate, e.venue, e.city])).toEqual([
      ['2026-03-25', '2026-03-26', 'Champalimaud Foundation', 'Lisbon'],
    ]);
    expect(seed.names('org:')).toContain('Champalimaud Foundation');
  });
});

// A newsletter's diary (blind round 74): "► date | place" lines, each entry a paragraph whose first
// clause names the event.
describe("a diary's paragraph entries", () => {
  const diary = [
    'Issue #143 · Friday 10 April 2026\n\nTHE DIARY: Upcoming deadlines & dates',
    '► 16–17 April | Leuven\n"Twins in the Clinic": VHT community days, hosted by Charles University at the Irish College. Keynote from Dr Ana Costa.',
    '► 28.04.2026 | Online\nWebinar: onboarding hospitals to the Twin Data Cloud, run by Agence Exemple. Free, registration required.',
    '► 7 May | Lisbon\nLife Sciences Stakeholder Forum, the first under the strategy, co-hosted by Agence Exemple.',
    '► Tue 14 Apr | EHDS\nFeedback on the draft implementing act closes at midnight. Officials told us more than 300 comments were in.',
  ].join('\n\n');

  it('takes the first clause of each entry for the event, dated by its line', async () => {
    const seed = await draftOf(diary);
    expect(events(seed).map((e) => [e.name, e.date, e.endDate, e.city])).toEqual(
      expect.arrayContaining([
        ['Twins in the Clinic: VHT community days', '2026-04-16', '2026-04-17', 'Leuven'],
        ['Onboarding hospitals to the Twin Data Cloud', '2026-04-28', undefined, undefined],
      ]),
    );
    expect(events(seed).map((e) => e.date)).not.toContain('2026-04-14');
    // (a venue's name stands on one line: not "Lisbon⏎Life Sciences Stakeholder Forum")
    expect(events(seed).filter((e) => String(e.venue ?? '').includes('\n'))).toEqual([]);
  });
});
