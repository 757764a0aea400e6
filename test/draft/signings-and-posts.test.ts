import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// After the held-out score of rounds 88–90 (issue 22): a signing "in the presence of" someone is
// an event; an event's own name after "at the" is no venue; "appointed X as Director … at the
// Directorate-General for …" is a post at the body after "at", not at the one that appoints.

const { draftOf, role } = articleDrafter('pg-draft-signings-posts-');

describe('signings and posts', () => {
  it('reads a signing in the presence of someone as an event, and no symposium as a venue', async () => {
    const seed = await draftOf(
      'KARLSRUHE, Germany, 14 January 2026 – The agreement was signed on Tuesday at the UKO Heart Centre in the presence of Dr. Miriam Lenz-Hofer, State Secretary. The partners will present first results at the Oberrhein Digital Heart Symposium in Karlsruhe on 24–25 September 2026.',
    );
    expect(events(seed).map((e) => [e.name, e.date, e.venue])).toEqual(
      expect.arrayContaining([
        ['Signing of the agreement', '2026-01-13', 'UKO Heart Centre'],
        ['Oberrhein Digital Heart Symposium', '2026-09-24', undefined],
      ]),
    );
  });

  it('gives an appointed post to the body after "at"', async () => {
    const seed = await draftOf(
      'Agence Exemple has appointed Dr Małgorzata Zielińska-Kowal as Director for Health Innovation at Charles University. She takes up the post on 1 June.',
    );
    expect(role(seed, 'person:malgorzata-zielinska-kowal', 'org:charles-university')?.title).toBe(
      'Director for Health Innovation',
    );
    expect(role(seed, 'person:malgorzata-zielinska-kowal', 'org:agence-exemple')).toBeUndefined();
  });
});
