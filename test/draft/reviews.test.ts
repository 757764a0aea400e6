import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A blogger's review of a think tank's report (blind round 75, issue 22): a co-author named after a
// role in small letters, and an affiliation through a country's possessive.

const { draftOf, role } = articleDrafter('pg-draft-reviews-');

describe("a blogger's review", () => {
  it('takes a name after "senior fellow" for a person', async () => {
    const seed = await draftOf(
      'Its programme is run by Dr Ana Costa, who co-wrote the report with senior fellow Rafael Quintela Ybarra.',
    );
    expect(seed.names('person:')).toContain('Rafael Quintela Ybarra');
  });

  it('reads "X from Belgium\'s Health Data Agency" as a role at the agency', async () => {
    const seed = await draftOf(
      "Dr Ana Costa sat on the panel alongside Elke Van Rompaey from Belgium's Health Data Agency (HDA).",
    );
    expect(role(seed, 'person:elke-van-rompaey', 'org:health-data-agency')).toBeDefined();
  });
});
