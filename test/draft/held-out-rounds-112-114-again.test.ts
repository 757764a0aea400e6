import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// More shapes from the held-out rounds 112–114, read after their score (issue 22): a mail's
// copy line, "X will be Acting Head of Unit", a clause after "its" that is no title.

const { draftOf } = articleDrafter('pg-draft-held-out-112-again-');

describe('held-out rounds 112–114, read again', () => {
  it('keeps a titled surname the graph knows when a header writes it after an acronym', async () => {
    const seed = await draftOf(
      [
        'Cc: CAB KOWALCZYK',
        'Subject: Our new organisation',
        '',
        'The plan is what Commissioner Kowalczyk expects from Agence Exemple in 2026.',
      ].join('\n'),
    );
    expect(seed.yaml).toMatch(/ref: person:agnieszka-kowalczyk/);
  });

  it('reads "X will be Acting Head of Unit" as a person', async () => {
    const seed = await draftOf(
      'Agence Exemple, 2 February 2026. Jakub Nowakowski will be Acting Head of Unit until the selection procedure is completed.\n',
    );
    expect(seed.names('person:')).toContain('Jakub Nowakowski');
  });

  it('gives no title from a clause after "its"', async () => {
    const seed = await draftOf(
      'Agence Exemple will change its organisation to match what Commissioner Kowalczyk expects from us in 2026.\n',
    );
    const titles = seed.relationships.map((r) => r.title ?? '');
    expect(titles.filter((t) => /\bwhat\b/.test(t))).toEqual([]);
  });
});

describe('held-out rounds 112–114: an auditor', () => {
  it('reads "Principal Auditor X" as a post before a person', async () => {
    const seed = await draftOf(
      '"Our lead is shrinking," says Principal Auditor Outi Kyllönen, who led the audit at Agence Exemple.\n',
    );
    expect(seed.names('person:')).toEqual(['Outi Kyllönen']);
  });
});

describe('held-out rounds 112–114: a seminar', () => {
  it('reads a seminar the text dates as an event', async () => {
    const seed = await draftOf(
      'Brussels, 2 February 2026. As I announced at our management seminar in Lyon on 26–27 January, Agence Exemple will change its organisation.\n',
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:')).map((e) => e.date)).toEqual([
      '2026-01-26',
    ]);
  });
});

describe('held-out rounds 112–114: an organisation chart’s part of a body', () => {
  it('reads "Cabinet of the Minister" over its posts as the body they are held at', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple, 3 March 2026',
        '',
        'Cabinet of the Minister',
        'Head of Cabinet: Luka Hribernik',
        'Spokesperson: Ana Mlakar Rozman',
      ].join('\n'),
    );
    const cabinet = seed.entities.find((e) => e.name === 'Cabinet of the Minister');
    expect(cabinet?.kind).toBe('UNIT');
    const held = seed.relationships.filter((r) => r.to === cabinet?.id).map((r) => r.title);
    expect(held).toEqual(['Head of Cabinet', 'Spokesperson']);
  });
});
