import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// An SME's event recap (blind round 62, issue 22): a title between commas after its genre, an
// agency's reflection paper on a subject, a lab's name before a full stop, "EVP" before a surname.

const { draftOf } = articleDrafter('pg-draft-recap-shapes-');

const recap = [
  "Last week we went to the Twins Industry Days in Amsterdam, co-organised by the University of Amsterdam's Computational Science Lab. Some 350 people registered.",
  'Our CEO Dr Ana Costa presented our white paper, In-silico evidence for CE marking: a practical playbook for SMEs, which we wrote with MedReg Partners BV.',
  "A regulator pointed to the European Medicines Agency's reflection paper on AI in the medicinal product lifecycle.",
].join('\n\n');

describe("an SME's recap", () => {
  it('names a document given between commas after its genre, and one given by genre and subject', async () => {
    const seed = await draftOf(recap);
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'In-silico evidence for CE marking: a practical playbook for SMEs',
        'Reflection paper on AI in the medicinal product lifecycle',
      ]),
    );
    expect(seed.names('doc:')).not.toContain('Reflection paper');
  });

  it("ends a lab's name at the full stop after it", async () => {
    const seed = await draftOf(recap);
    expect(seed.names('org:')).toContain('Computational Science Lab');
    expect(seed.names('org:').filter((n) => /Some/.test(n))).toEqual([]);
  });

  it('reads "EVP" before a known surname as a title', async () => {
    const seed = await draftOf(
      'The strategy that EVP Kowalczyk presented in October, said Dr Ana Costa.',
    );
    expect(
      seed.relationships.some((r) => r.to === 'person:agnieszka-kowalczyk') ||
        seed.yaml.includes('person:agnieszka-kowalczyk'),
    ).toBe(true);
  });

  it('names a title in Title Case before ", the white paper <whose>"', async () => {
    const seed = await draftOf(
      "That's why Twins at the Bedside, the white paper the Nordic Twin Foundation published in January, matters, said Dr Ana Costa.",
    );
    expect(seed.names('doc:')).toContain('Twins at the Bedside');
  });
});
