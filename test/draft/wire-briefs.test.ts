import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A wire-service brief (working round 93, issue 22): topics over the title, a US-style date line
// with its time zone, a dateline with the agency's tag, "on April 14", camel-cased names before
// their acronym, and the credits line.

const { draftOf } = articleDrafter('pg-draft-wire-briefs-');

const WIRE = [
  'Healthcare & Pharmaceuticals | Technology',
  '',
  "EU picks Czech-led group to build 'virtual twin' platform",
  '',
  'By Marta Kowalczyk',
  '',
  'February 24, 2026 3:47 PM GMT+1 · Updated an hour ago',
  '',
  'BRUSSELS, Feb 24 (Medwire) - The European Commission on Tuesday awarded 32 million euros to a consortium led by Charles University, said Ilse Vandenbroucke, director general of MedicalData Europe (MDE).',
  '',
  'The consortium will hold its kick-off meeting in Utrecht on April 14.',
  '',
  '(Reporting by Marta Kowalczyk; additional reporting by Bart Hoogendijk in Amsterdam; Editing by Fiona Castellanos-Reid)',
].join('\n');

describe('a wire brief', () => {
  it('reads the page’s day, the agency’s dateline and the title under the topics', async () => {
    const seed = await draftOf(WIRE);
    expect(seed.source.name).toBe("EU picks Czech-led group to build 'virtual twin' platform");
    expect(seed.source.published).toBe('2026-02-24');
    expect(seed.source.publisher).toBe('Medwire');
    expect(seed.names('org:')).toEqual(expect.arrayContaining(['Medwire', 'MedicalData Europe']));
    expect(seed.names('org:')).not.toContain('Healthcare & Pharmaceuticals');
  });

  it('dates "on April 14" in the article’s year, and reads the credits’ people', async () => {
    const seed = await draftOf(WIRE);
    expect(events(seed).map((e) => [e.date, e.city])).toEqual([['2026-04-14', 'Utrecht']]);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Bart Hoogendijk', 'Fiona Castellanos-Reid']),
    );
  });
});
