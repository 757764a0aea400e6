import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// General defects the held-out rounds 76–78 showed (issue 22), fixed after they were scored once.

const { draftOf } = articleDrafter('pg-draft-held-out-76-78-');

describe('names the held-out rounds misread', () => {
  it("takes a working group's name for no person", async () => {
    const seed = await draftOf(
      'The project is led by Dr Ana Costa, head of the working group Computational Clinical Neurology at the IMID.',
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });

  it("takes no person from a work's title, but keeps its authors", async () => {
    const seed = await draftOf(
      'The workshop closed with our white paper, From Model to Bedside: Clinical Validation of Cardiac Digital Twins, written with Inria, said Dr Ana Costa. Also listed: the white paper "Synthetic by Default?" (December 2025), written by Clara Wendt and Tomás Ferreira.',
    );
    expect(seed.names('person:')).not.toContain('Clinical Validation');
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Clara Wendt', 'Tomás Ferreira']),
    );
  });

  it('takes a strategy with its years for a work, not an organisation', async () => {
    const seed = await draftOf(
      'In January 2025 the Board adopted our Digital Hospital Strategy 2025–2030, said Dr Ana Costa.',
    );
    expect(seed.names('org:')).not.toContain('Digital Hospital Strategy 2025–2030');
  });

  it('reads a lettered agenda item as a work, and ends a title before "adopted on"', async () => {
    const seed = await draftOf(
      "Any other business, said Dr Ana Costa:\n\nc) Tallinn Declaration on cross-border access to genomic data\n\nShe presented the Commission's progress report on the life sciences strategy adopted on 2 July 2025.",
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'Tallinn Declaration on cross-border access to genomic data',
        'Progress report on the life sciences strategy',
      ]),
    );
  });

  it('keeps "Methodology and Innovation Office" whole, like "Modelling and Simulation Office"', async () => {
    const seed = await draftOf(
      "Dr Ana Costa, Head of the EMA's Methodology and Innovation Office, spoke.",
    );
    expect(seed.names('org:')).toContain('Methodology and Innovation Office');
  });
});
