import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A minister's keynote (working round 85, issue 22): "last November" is the November before the
// speech's day, and "the eHealth Network's high-level meeting" names the meeting by its body.

const { draftOf } = articleDrafter('pg-draft-named-months-');

describe('a month named from the article’s day', () => {
  it('dates a body’s meeting "last November" in the year before a March speech', async () => {
    const seed = await draftOf(
      'PORTO, 9 March 2026. When we spoke at the Nordic Hospital Network’s annual meeting in Oslo last November, Dr Ana Costa of Charles University asked what Portugal would bring, said Dr Rui Lopes.',
    );
    expect(events(seed).map((e) => [e.name, e.date])).toEqual([
      ['Nordic Hospital Network annual meeting', '2025-11'],
    ]);
  });

  it('reads "next June" as the June after a September article', async () => {
    const seed = await draftOf(
      'LISBON, 14 September 2026. Delegates will meet at the Nordic Hospital Network’s general assembly in Oslo next June, said Dr Ana Costa of Agence Exemple.',
    );
    expect(events(seed).map((e) => e.date)).toEqual(['2027-06']);
  });
});
