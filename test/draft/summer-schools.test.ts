import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A summer school's programme page (working round 97, issue 22): the school is the page's
// event, with no kind the model has for it, and no organisation.

const { draftOf } = articleDrafter('pg-draft-summer-schools-');

describe('a summer school page', () => {
  it('is an event over its days, not an organisation', async () => {
    const seed = await draftOf(
      [
        'Home › Education › Summer Schools › CoMeT 2026',
        '',
        'CoMeT 2026 – International Summer School on Computational Medicine',
        '6–10 July 2026 · Bertinoro, Italy',
        '',
        'The school is organised by Charles University. Places are limited to 40 participants.',
        '',
        'Lecturers',
        'Dr Ana Costa – Agence Exemple, FR',
      ].join('\n'),
    );
    const school = events(seed)[0];
    expect(school?.name).toBe('CoMeT 2026 – International Summer School on Computational Medicine');
    expect(school?.date).toBe('2026-07-06');
    expect(school?.kind).toBeUndefined();
    expect(seed.names('org:').some((n) => /Summer School/.test(n))).toBe(false);
  });
});
