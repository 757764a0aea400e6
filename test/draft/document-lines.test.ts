import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Documents a text names in the shapes of blind rounds 79–81 (issue 22): a sentence-case title right
// after its genre, a "Monitor 2025", a download's title over its file line, "Position paper: Title".

const { draftOf } = articleDrafter('pg-draft-document-lines-');
const docs = (seed: { entities: { id: string; name?: unknown; kind?: unknown }[] }) =>
  seed.entities.filter((e) => e.id.startsWith('doc:')).map((e) => [e.name, e.kind]);

describe('documents named without quotes', () => {
  it('takes a sentence-case title right after its genre, up to ", which"/", published"', async () => {
    const seed = await draftOf(
      "Prague, 3 March 2026 – The call follows the Agency's 2025 foresight report Modelling the heart in Czech clinics, which asked for funding. Dr Ana Costa answered the report Data before devices, published in May 2025 by Charles University.",
    );
    expect(docs(seed)).toEqual(
      expect.arrayContaining([
        ['Modelling the heart in Czech clinics', 'REPORT'],
        ['Data before devices', 'REPORT'],
      ]),
    );
  });

  it('reads a "Monitor" with its year as a report', async () => {
    const seed = await draftOf(
      'The ministry published its Hospital Digitalisation Monitor 2025 in December, said Dr Ana Costa.',
    );
    expect(docs(seed)).toContainEqual(['Hospital Digitalisation Monitor 2025', 'REPORT']);
  });

  it('makes no untitled paper of one whose quoted title follows ("X\'s position paper in May, “Title”")', async () => {
    const seed = await draftOf(
      'More than 90 doctors signed Agence Exemple\'s position paper in May, "Five Asks for Twins in Clinics", said Dr Ana Costa.',
    );
    expect(docs(seed)).toEqual([['Five Asks for Twins in Clinics', 'POLICY_BRIEF']]);
  });
});

describe('downloads and attachments', () => {
  it("takes each download's title over its file line, whole", async () => {
    const seed = await draftOf(
      'Twins in small hospitals – Have your say\n\nFeedback period: 15 January 2026 - 12 February 2026\n\nDocuments\nGuidance for an in silico trial register\nPDF · 412.6 KB · 15 January 2026 · English\nWebinar – slides (28 January 2026)\nPDF · 2.1 MB · 30 January 2026 · English\n\nContact: Dr Ana Costa, said the unit.',
    );
    expect(docs(seed).map((d) => d[0])).toEqual(
      expect.arrayContaining([
        'Guidance for an in silico trial register',
        'Webinar – slides (28 January 2026)',
      ]),
    );
  });

  it('takes "Position paper: Title" at a line\'s end, and no sentence after "Roadmap:"', async () => {
    const seed = await draftOf(
      'Attachment: ae_position_2026.pdf – Position paper: Safe Virtual Twins for Small Hospitals\nRoadmap: The board will decide in June.\n\nRegards, Dr Ana Costa',
    );
    expect(docs(seed)).toEqual([['Safe Virtual Twins for Small Hospitals', 'POLICY_BRIEF']]);
  });
});
