import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A court's press release on a judgment (blind round 73, issue 22): the judgment and the Advocate
// General's opinion by their case, courts and foreign authorities as organisations, "Hearing the
// case" as no hearing, and a case's two parties as two names.

const { draftOf } = articleDrafter('pg-draft-court-releases-');

const release = [
  'PRESS RELEASE No 171/25',
  'Luxembourg, 13 November 2025',
  'Judgment of the Court in Case C-588/24 | Meridia Care Group and Helix Cardio Analytics',
  'Helix Cardio Analytics BV obtained records from Meridia Care Group, said Dr Ana Costa.',
  'The Dutch data protection authority, the Autoriteit Persoonsgegevens, ordered the transfers to stop. Hearing the case at last instance, the Raad van State asked the Court of Justice for a ruling.',
  'Advocate General Ines Marković had proposed another approach in the Opinion of Advocate General Marković in Case C-588/24. At the hearing on 4 March 2025, the Commission argued against it.',
].join('\n\n');

describe("a court's press release", () => {
  it('takes the judgment and the opinion by their case, though the title names the judgment', async () => {
    const seed = await draftOf(release);
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'Judgment of the Court in Case C-588/24',
        'Opinion of Advocate General Marković in Case C-588/24',
      ]),
    );
    const judgment = seed.entities.find((e) => e.name === 'Judgment of the Court in Case C-588/24');
    expect(judgment?.kind).toBe('LEGAL_ACT');
  });

  it('takes courts and a foreign authority for organisations', async () => {
    const seed = await draftOf(release);
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Autoriteit Persoonsgegevens', 'Raad van State']),
    );
  });

  it('reads "Hearing the case" as no event, "the hearing on 4 March 2025" as one', async () => {
    const seed = await draftOf(release);
    expect(events(seed).map((e) => e.date)).toEqual(['2025-03-04']);
  });

  it("takes a case's two parties, named apart elsewhere, for two names", async () => {
    const seed = await draftOf(release);
    expect(seed.names('org:')).not.toContain('Meridia Care Group and Helix Cardio Analytics');
  });
});

describe('a long sentence as evidence', () => {
  it('is cut at a word, so the draft validates', async () => {
    const long =
      'Dr Ana Costa, professor of medical informatics at Charles University, welcomed the bill but pointed to a report of the Court of Audit published in June ("Digitalisation in the Health Sector", Series Federal 2025/19), according to which Austria runs 23 separate health registers without a common identifier and several dozen regional registries with no agreed format at all, so that without linkage the access body will be a counter with nothing behind it for years.';
    const seed = await draftOf(long);
    const produced = seed.relationships.find((r) => r.type === 'PRODUCED_BY') as
      { evidence?: string } | undefined;
    // (draftOf validates the draft: a span cut inside a word is not the text's)
    expect(long.includes(`${String(produced?.evidence)} `)).toBe(true);
    expect(String(produced?.evidence).length).toBeLessThanOrEqual(400);
  });
});
