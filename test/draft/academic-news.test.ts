import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A university's news (issue 22, blind round 31): a PhD defence, its thesis, two departments of
// one name at two universities; other names and words.

const { draftOf, role } = articleDrafter('pg-draft-academic-');

describe("a university's news", () => {
  it('a PhD defence is an event, the thesis a document, and the page date (day first) is not the event’s', async () => {
    const seed = await draftOf(
      [
        'PhD defence | Jonas Reiter: models of the ageing spine',
        '',
        'Faculty of Medicine of Lund University (LUMED) – News – 04/02/2026',
        '',
        'On Monday, 16 February 2026, at 13:00, Jonas Reiter will publicly defend his doctoral thesis "Ageing Spines in Silico: From Imaging to Surgery", submitted to the Doctoral Programme in Clinical Sciences.',
      ].join('\n'),
    );
    expect(seed.source).toMatchObject({ published: '2026-02-04' });
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events).toEqual([expect.objectContaining({ name: 'PhD defence', date: '2026-02-16' })]);
    expect(events[0]).not.toHaveProperty('city');
    expect(seed.names('doc:')).toContain('Ageing Spines in Silico: From Imaging to Surgery');
  });

  it('two departments of one name at two universities are two units, each PART_OF its own', async () => {
    const seed = await draftOf(
      [
        'Jury named',
        '',
        'The thesis was supervised by Professor Eva Lind, of the Department of Physics at Uppsala University, and Dr Ola Berg, of the Department of Physics at Lund University, on 2 March 2026.',
      ].join('\n'),
    );
    const uppsala = seed.entities.find(
      (e) => e.name === 'Department of Physics, Uppsala University',
    );
    const lund = seed.entities.find((e) => e.name === 'Department of Physics, Lund University');
    expect(uppsala && lund && uppsala.id !== lund.id).toBe(true);
    expect(role(seed, 'person:eva-lind', uppsala!.id)).toBeDefined();
    expect(role(seed, 'person:ola-berg', lund!.id)).toBeDefined();
    for (const [unit, parent] of [
      [uppsala!, 'org:uppsala-university'],
      [lund!, 'org:lund-university'],
    ] as const)
      expect(seed.relationships).toContainEqual(
        expect.objectContaining({ from: unit.id, type: 'PART_OF', to: parent }),
      );
  });

  it('a university’s school or faculty named with a possessive, no person’s, is PART_OF it and named with it', async () => {
    const seed = await draftOf(
      [
        'Forum announced',
        '',
        'The forum will be held on 22 April 2026 in Ljubljana, co-hosted by the University of Ljubljana’s Faculty of Medicine. Kestrel Ltd is a spin-out of the University of Galway’s School of Medicine.',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('Faculty of Medicine, University of Ljubljana');
    expect(orgs).toContain('School of Medicine, University of Galway');
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({ type: 'PART_OF', to: 'org:university-of-galway' }),
    );
  });
});
