import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A regional agency's start-up finalists page (working round 92, issue 22): each company's line
// with its founders under it; a press contact with a communications function names no
// organisation, and speaks for the one above it or for the page's publisher.

const { draftOf, role } = articleDrafter('pg-draft-contacts-founders-');

const roles = (seed: Awaited<ReturnType<typeof draftOf>>) =>
  seed.relationships
    .filter((r) => r.type === 'HOLDS_ROLE')
    .map((r) => `${r.from} ${r.to} ${r.title ?? ''}`.trim());

describe('a list of companies with their founders', () => {
  it('reads each founder on the line under the company, whatever the company’s name', async () => {
    const seed = await draftOf(
      'The finalists, said Dr Ana Costa of Charles University.\n\nOncotwin, Karlsruhe\nFounder: Dr Marta Gonçalves\nPredicts how tumours respond to radiotherapy.\n\nSyntheta Health, Darmstadt\nFounders: Aoife Ní Bhriain, Matteo Ricci\nSynthetic patient data for research teams.\n',
    );
    expect(seed.names('org:')).toEqual(expect.arrayContaining(['Oncotwin', 'Syntheta Health']));
    expect(roles(seed)).toEqual(
      expect.arrayContaining([
        'person:marta-goncalves org:oncotwin Founder',
        'person:aoife-ni-bhriain org:syntheta-health Founder',
        'person:matteo-ricci org:syntheta-health Founder',
      ]),
    );
  });
});

describe('a press contact', () => {
  it('speaks for the page’s publisher; "Communications" is no organisation', async () => {
    const seed = await draftOf(
      'Rhine-Neckar Innovation Agency\nHome / News / Demo Day\n\nDemo Day 2026: the finalists\n\nMannheim, 26 February 2026 – The Rhine-Neckar Innovation Agency names six finalists, said Dr Ana Costa of Charles University.\n\nPress contact\nJonas Eberhardt, Head of Communications\n+49 621 4410 270\n',
    );
    expect(seed.names('org:')).not.toContain('Communications');
    expect(role(seed, 'person:jonas-eberhardt', 'org:rhine-neckar-innovation-agency')?.title).toBe(
      'Head of Communications',
    );
  });

  it('speaks for the organisation named on the line above, in a short form', async () => {
    const seed = await draftOf(
      'GHENT, 14 January 2026 – Charles University and Synthera Medical B.V. today announced a partnership, said Dr Ana Costa.\n\nMedia contacts\nSynthera Medical\nLotte Verhoeven, Head of Communications\n+31 40 555 8812\n',
    );
    expect(roles(seed)).toContain(
      'person:lotte-verhoeven org:synthera-medical-b-v Head of Communications',
    );
  });
});
