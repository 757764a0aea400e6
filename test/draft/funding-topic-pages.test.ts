import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A funding call's topic page, summarised by a national contact point (blind round 57, issue 22).

const { draftOf } = articleDrafter('pg-draft-funding-topic-pages-');

const page = [
  'BRLO – Baltic Research Liaison Office | Funding opportunities › Horizon Europe › Cluster 1 Health',
  '',
  'Topic summary: Virtual human twins for multimorbidity care pathways',
  '',
  'Posted 14.04.2026 by Ieva Kalniņa, National Contact Point for Cluster 1 – Health at BRLO',
  '',
  'The European Commission has published the topic page for one of the most awaited projects.',
  '',
  '• Cluster 1 Info Day – 3 June 2026, online, organised by HaDEA.',
].join('\n');

describe("a funding topic page's summary", () => {
  it('reads the poster of a dated byline as a person', async () => {
    const seed = await draftOf(page);
    expect(seed.names('person:')).toContain('Ieva Kalniņa');
  });

  it("takes no project from the site's line, and no organisation from an event's name", async () => {
    const seed = await draftOf(page);
    expect(seed.names('project:')).toEqual([]);
    expect(seed.names('org:')).not.toContain('Cluster 1 Info Day');
  });
});

describe('words around a name that say what it is', () => {
  it('leave "the Dutch SME" out of a company\'s name', async () => {
    const seed = await draftOf(
      'Partners are the Università di Bologna, the Dutch SME Synthelix Health B.V. and KU Leuven, said Dr Ana Costa.',
    );
    expect(seed.names('org:')).toContain('Synthelix Health B.V.');
    expect(seed.names('org:').filter((n) => /SME/.test(n))).toEqual([]);
  });

  it('take no organisation from "Register of Commission expert groups"', async () => {
    const seed = await draftOf(
      'European Commission > Register of Commission expert groups > E03987\n\nThe group met, said Dr Ana Costa.',
    );
    expect(seed.names('org:').filter((n) => /Register/.test(n))).toEqual([]);
  });
});
