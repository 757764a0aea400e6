import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A project's fact sheet (blind round 73, issue 22): a page's tabs name no document; a postcode
// before its city and "one in every hundred" are no counts.

const { draftOf } = articleDrafter('pg-draft-fact-sheets-');

const figures = (yaml: string) => [...yaml.matchAll(/# - figure: "([^"]+)"/g)].map((m) => m[1]);

describe("a project's fact sheet", () => {
  it("takes no document from the page's tabs", async () => {
    const seed = await draftOf(
      'Fact Sheet\tResults in Brief\tReporting\n\nThe project is coordinated by Charles University, said Dr Ana Costa.',
    );
    expect(seed.names('doc:')).not.toContain('Results in Brief');
  });

  it('counts neither a postcode before its city nor "one in every hundred"', async () => {
    const seed = await draftOf(
      'Address: Oude Markt 13, 3000 Leuven, Belgium. Around one in every hundred children is born with a defect; more than 2 400 children take part, said Dr Ana Costa.',
    );
    expect(figures(seed.yaml)).toEqual(['more than 2 400 children']);
  });
});
