import { describe, expect, it } from 'vitest';
import { articleDrafter, events, namesOf } from './draft-of.js';

// Working rounds 86–87 (issue 22): a Commission press release's contacts with their surnames in
// capitals over their phone lines, and a speech whose long title names the event over its place
// and day line.

const { draftOf } = articleDrafter('pg-draft-speech-contacts-');

describe('press contacts and speech titles', () => {
  it('reads press contacts written "Eva HRNČÍŘOVÁ" over their phone line as people', async () => {
    const seed = await draftOf(
      'Brussels, 18 February 2026\n\nThe Commission selected 11 projects, said Dr Ana Costa.\n\nPress contacts:\n\nEva HRNČÍŘOVÁ\nPhone\n+32 2 295 48 11\nMail\neva.hrncirova@ec.europa.eu\n\nPierre-Alexandre LEFÈVRE\nPhone\n+32 2 298 76 03\n\nGeneral public inquiries: Europe Direct by phone',
    );
    expect(namesOf(seed, 'person:').sort()).toEqual([
      'Ana Costa',
      'Eva Hrnčířová',
      'Pierre-Alexandre Lefèvre',
    ]);
  });

  it("dates the event a speech's long title names by the place and day line under it", async () => {
    const seed = await draftOf(
      'SPEECH | 2026-03-09 at 10:40\n\nKeynote address by the Minister of Health, Maria do Rosário Antunes, at the opening of EuroVHT 2026 – European Conference on Virtual Human Twins in Health\n\nPorto, Alfândega Congress Centre, 9 March 2026\n\nCheck against delivery\n\nDear colleagues, the data are ready.',
    );
    expect(events(seed).map((e) => [e.date, e.city])).toEqual([['2026-03-09', 'Porto']]);
    expect(String(events(seed)[0]!.name)).toMatch(/EuroVHT/);
  });
});
