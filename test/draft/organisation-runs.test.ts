import { describe, expect, it } from 'vitest';
import { articleDrafter, namesOf } from './draft-of.js';

// Organisations' names in the shapes of blind rounds 79–81 (issue 22).

const { draftOf } = articleDrafter('pg-draft-organisation-runs-');

describe("organisations' names", () => {
  it('takes the whole name before an acronym of another language ("… Authority (AP)")', async () => {
    const seed = await draftOf(
      'Dr Ana Costa asked the Flemish Health Data Protection Authority (AP) to assess the design.',
    );
    expect(namesOf(seed, 'org:')).toEqual(['Flemish Health Data Protection Authority']);
  });

  it('reads no organisation in a heading that names a debate or a hearing', async () => {
    const seed = await draftOf(
      'COMMITTEE DEBATE\n\nThe committee met on 11 February 2026. Dr Ana Costa spoke for Charles University.\n\nPUBLIC HEARING\n\nNo questions.',
    );
    expect(namesOf(seed, 'org:').map((n) => String(n).toLowerCase())).not.toEqual(
      expect.arrayContaining(['committee debate']),
    );
  });

  it('ends a name at the person a title opens ("Dr X of Org")', async () => {
    const seed = await draftOf(
      'HOST: My guest is Dr Jörg Brandtner-Hollenstein, head of IT at Klinikum Ostalb. … Dr Jörg Brandtner-Hollenstein of Klinikum Ostalb, thank you very much.',
    );
    expect(namesOf(seed, 'org:')).not.toContainEqual(expect.stringMatching(/^Jörg/));
  });

  it('takes the fields a body of "of" lists after "ACR, the …"', async () => {
    const seed = await draftOf(
      'FEDMAT, the European Federation of the Diagnostic, Surgical and Medical Imaging Industry, made similar points, said Dr Ana Costa.',
    );
    expect(namesOf(seed, 'org:')).toEqual([
      'European Federation of the Diagnostic, Surgical and Medical Imaging Industry',
    ]);
  });
});

describe('a name described after it', () => {
  it('takes "X, the statistical office of …" and "Y, the Slovenian medical device maker"', async () => {
    const seed = await draftOf(
      'Luxembourg, 10 December 2025\n\nThe figures were published today by Statvarna, the statistical office of the European Union. Dr Ana Costa welcomed them. Data came from Kardiolab, the Slovenian medical device maker.',
    );
    expect(namesOf(seed, 'org:')).toEqual(expect.arrayContaining(['Statvarna', 'Kardiolab']));
  });

  it('takes no person or place described so ("Brussels, the capital of …")', async () => {
    const seed = await draftOf(
      'Brussels, the capital of Europe, hosted the meeting, said Dr Ana Costa, the director of the unit.',
    );
    expect(namesOf(seed, 'org:')).toEqual([]);
  });
});
