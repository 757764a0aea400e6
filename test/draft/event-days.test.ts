import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A conference's day-two blog (working round 85, issue 22): "yesterday" of a two-day summit is a
// day of it, named otherwise; "posted by 3 April" is a deadline, no event's day.

const { draftOf } = articleDrafter('pg-draft-event-days-');

describe("an event's days", () => {
  it('reads a day of a two-day summit, named otherwise, as that summit; a deadline as none', async () => {
    const seed = await draftOf(
      'VHT Summit 2026, day two: from roadmap to platform\n\nPosted on Friday, 27 March 2026 by Marta Ilić, Communications Officer\n\nIf day one of the European Virtual Human Twins Summit was about where we are, yesterday was about what comes next. Over 430 participants were back at Charles University for the second and final day of the summit, which Agence Exemple co-organised on 25–26 March.\n\nAll sessions are now available online, and the slides will be posted on the summit page by 3 April, said Dr Ana Costa.',
    );
    expect(events(seed).map((e) => [e.date, e.endDate])).toEqual([['2026-03-25', '2026-03-26']]);
  });
});
