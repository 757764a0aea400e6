import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Round 16 shapes (issue 22): a portrait interview that opens with its subject's full name, a
// symposium named after its noun, a workshop named two sentences after the day it was held, a
// position paper's title after a comma, an organisation named after what it is.

const { draftOf } = articleDrafter('pg-draft-report-shapes-');

describe('report shapes', () => {
  it('a portrait opens with its subject; "X, a doctoral student" is a person; "the symposium Y" names the event', async () => {
    const seed = await draftOf(
      [
        'source: A long road to a virtual kidney',
        'date: 2026-02-19',
        '---',
        'Ana María de la Vega Ruiz keeps a model kidney on her desk. "It fell off a shelf in 2016," she says.',
        '',
        'She was in Prague last month, on 22 January, for the symposium Digital Twins for Renal Care at Charles University. Jon Etxeberria, a doctoral student in her group, writes much of the code.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Ana María de la Vega Ruiz', 'Jon Etxeberria']),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ name: 'Digital Twins for Renal Care', date: '2026-01-22' }),
    ]);
  });

  it('"agreed on Tuesday … ¶ The workshop, “…”, was hosted by …": one workshop; a paper’s title after a comma; "the industry association X"', async () => {
    const seed = await draftOf(
      [
        'source: Patients ask MEPs for a seat at the table',
        'date: 2026-03-05',
        '---',
        'Patients and device makers agreed on Tuesday that kidney twins are coming. They did not agree on who holds the keys.',
        '',
        'The workshop, "Kidney Twins: Who Holds the Key?", was hosted by Charles University in Brussels. Dr Eva Lind presented the federation’s new position paper, Nothing About Us Without Our Data: Patient Principles for Twins. Petr Novak, director at the industry association MedTech Renal Europe, disagreed.',
      ].join('\n'),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ name: 'Kidney Twins: Who Holds the Key?', date: '2026-03-03' }),
    ]);
    expect(seed.names('doc:')).toEqual([
      'Nothing About Us Without Our Data: Patient Principles for Twins',
    ]);
    expect(seed.names('org:')).toContain('MedTech Renal Europe');
  });
});
