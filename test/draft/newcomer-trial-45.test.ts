import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// What a newcomer's trial (stop 45, issue 22) found wrong in a university's project release.

const { draftOf } = articleDrafter('pg-draft-newcomer-45-');

describe("a university's project release", () => {
  const release = [
    'LEIDEN, 14 April 2026 – Charles University will coordinate TUMORTWIN, a new Horizon Europe project on virtual twins for cancer.',
    'Partners include the Belgian start-up Medisim Analytics and the patient organisation Digestive Cancers Europe. The ethics board is chaired by Ingrid Halvorsen of Digestive Cancers Europe, said Dr Ana Costa.',
    'Notes to editors\nTUMORTWIN (Tumour Twins for Personalised Colorectal Cancer Treatment) is funded under grant agreement No 101234567.',
    'Press contact: Sanne de Graaf – Tel.: +31 71 526 0000',
  ].join('\n\n');

  it('takes the acronym the text calls a project for a project, with its full name', async () => {
    const seed = await draftOf(release);
    expect(seed.names('project:')).toContain(
      'Tumour Twins for Personalised Colorectal Cancer Treatment',
    );
    expect(seed.names('org:')).not.toContain(
      'Tumour Twins for Personalised Colorectal Cancer Treatment',
    );
  });

  it('gives an organisation the kind the text calls it, wherever it names it first', async () => {
    const seed = await draftOf(release);
    const kind = (name: string) => seed.entities.find((e) => e.name === name)?.kind;
    expect(kind('Digestive Cancers Europe')).toBe('ASSOCIATION');
    expect(seed.yaml).not.toMatch(/kind guessed[^\n]*\n\s*- id: org:medisim-analytics/);
  });

  it("takes a press contact's name with a particle ('Sanne de Graaf') for a person", async () => {
    const seed = await draftOf(release);
    expect(seed.names('person:')).toContain('Sanne de Graaf');
  });
});
