import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A staff working document's lists of services and stakeholders (held-out round 120, read after
// its score): each item is a body of its own, however short.

const { draftOf } = articleDrafter('pg-draft-services-');

describe('a list of services', () => {
  it('reads "DG GROW, the JRC and the Legal Service" as three bodies, not one name after an acronym', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026. The steering group, chaired by Agence Exemple, included DG RTD, DG GROW, the JRC and the Legal Service, said Dr Ana Costa.\n',
    );
    const orgs = seed.names('org:');
    expect(orgs).toEqual(expect.arrayContaining(['DG RTD', 'DG GROW', 'Legal Service']));
    expect(orgs.filter((n) => / and the /.test(n))).toEqual([]);
  });

  it('ends a name before a second one owned by a country ("… and Health and France’s Agence …")', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026. Those consulted included Finland’s Ministry of Social Affairs and Health and France’s Agence du Numérique en Santé (ANS), said Dr Ana Costa of Agence Exemple.\n',
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('Agence du Numérique en Santé');
    expect(orgs.filter((n) => /France$/.test(n))).toEqual([]);
  });
});
