import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Held-out rounds 88–90 (issue 22): a newsletter's issue month gives a yearless day its year; a
// speech page's "SPEECH | 30 June 2026 | Brussels" line dates the event its title names.

const { draftOf } = articleDrafter('pg-draft-page-days-');

describe("a page's day", () => {
  it("reads a yearless day against a newsletter's issue month", async () => {
    const seed = await draftOf(
      'AI in Health & Life Sciences – Newsletter\nIssue 2/2026 · February 2026\n\nAgence Exemple hosted the first meeting of the national digital health authorities in Luxembourg on 28 January, said Dr Ana Costa.',
    );
    expect(events(seed).map((e) => e.date)).toEqual(['2026-01-28']);
  });

  it("dates the event a speech's title names by the speech's own line", async () => {
    const seed = await draftOf(
      'European Commission › Research and innovation › News › Speeches\n\nSPEECH | 30 June 2026 | Brussels\n\nOpening speech by Hélène Marchetti-Duval, Director-General for Research and Innovation, at the European Life Sciences Stakeholder Forum 2026\n\nIn March, at the informal meeting of health ministers in Nicosia on 19 and 20 March, hosted by Agence Exemple, 24 Member States signed a declaration.',
    );
    expect(events(seed).map((e) => [e.name, e.date])).toEqual(
      expect.arrayContaining([['European Life Sciences Stakeholder Forum 2026', '2026-06-30']]),
    );
  });
});
