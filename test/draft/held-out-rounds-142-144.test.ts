import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 142–144 showed after they were scored once (issue 22): a board's
// minutes listing who attended under a heading of its own, an exhibition opened under its name.

const { draftOf } = articleDrafter('pg-draft-held-out-142-');

describe('minutes’ attendance under a heading alone on its line', () => {
  it('reads each line’s name before its tab or its bracket as a person', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple board',
        'Minutes of the 14th meeting',
        '',
        'Present',
        'Ciarán Kelleher\tChief Technology Officer, Charles University',
        'Gráinne Lynch\tPolicy Lead, Agence Exemple',
        '',
        'In attendance',
        'Aisling Dunne\tSecretariat',
        '',
        'Apologies',
        'Declan Forde (Charles University); Prof. Ruairí Nolan (Agence Exemple)',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(
      expect.arrayContaining(['Aisling Dunne', 'Ciarán Kelleher', 'Gráinne Lynch', 'Ruairí Nolan']),
    );
  });

  it('reads no person from a heading’s other lines', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple board',
        '',
        'Present',
        'Quality Assurance\tChair',
        'Annual Budget\tItem 3',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('an exhibition opened under its name', () => {
  it('names the event by what was opened: "opened X: Y, a new exhibition"', async () => {
    const seed = await draftOf(
      'AMSTERDAM, 3 March 2026 – Agence Exemple today opened Twin Me: Meet Your Digital Double, a new exhibition about virtual human twins.',
    );
    expect(seed.names('event:')).toEqual(['Twin Me: Meet Your Digital Double']);
  });
});
