import { describe, expect, it } from 'vitest';
import { articleDrafter, events, statements } from './draft-of.js';

// A proposed act named by what it proposes, and a quote below an old event told of in passing
// (issue 22, after the held-out rounds 100–102).

const { draftOf } = articleDrafter('pg-draft-proposals-');

describe('proposed acts', () => {
  it('names a proposal for a Council Recommendation by its subject, not the Council as an organisation', async () => {
    const seed = await draftOf(
      [
        'Lisbon, 12 March 2026',
        '',
        'Agence Exemple welcomes the proposal for a Council Recommendation on virtual human twins in health and care that the European Commission adopted yesterday, said Dr Ana Costa.',
      ].join('\n'),
    );
    const doc = seed.entities.find((e) => e.id.startsWith('doc:') && e.id !== seed.source.id);
    expect([doc?.name, doc?.kind]).toEqual([
      'Proposal for a Council Recommendation on virtual human twins in health and care',
      'LEGAL_ACT',
    ]);
    expect(seed.names('org:')).not.toContain('Council Recommendation');
  });

  it('reads a cited proposal up to its reference number', async () => {
    const seed = await draftOf(
      [
        'Documents',
        '',
        '- European Commission, Proposal for a regulation on in silico evidence, COM(2025) 904, 10 December 2025.',
        '',
        'Rapporteur: Dr Ana Costa (Agence Exemple)',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toContain('Proposal for a regulation on in silico evidence');
  });

  it('does not read a proposal for a panel as an act', async () => {
    const seed = await draftOf(
      'Dr Ana Costa of Agence Exemple tabled a proposal for a patient advisory panel on Monday.',
    );
    expect(seed.names('doc:').filter((n) => /proposal/i.test(n))).toEqual([]);
  });
});

describe('a quote below an old event', () => {
  it('is dated by the article, not by a position paper’s adoption two years before', async () => {
    const seed = await draftOf(
      [
        'Lisbon, 12 March 2026',
        '',
        'Agence Exemple welcomes the proposal. It takes up points of its position paper, adopted by its General Assembly in Porto on 25 November 2023.',
        '',
        '"Who answers to the patient when the twin was wrong?" added Dr Ana Costa, chair of Agence Exemple.',
      ].join('\n'),
    );
    const said = seed.entities.find((e) => e.id.startsWith('statement:'));
    expect(said?.date).toBe('2026-03-12');
  });

  it('stays the old event’s when its paragraph comes back to it', async () => {
    const seed = await draftOf(
      [
        'Brussels, 17 June 2026',
        '',
        'Outcome of the high-level conference "Health Data Without Borders" (Limassol, 28-29 April 2026)',
        '',
        'The Presidency reported on the conference. Opening the conference, Dr Ana Costa of Agence Exemple had stressed that "no Member State can build this alone".',
      ].join('\n'),
    );
    const said = seed.entities.find((e) => e.id.startsWith('statement:'));
    expect(said?.date).toBe('2026-04-28');
  });
});

describe('a syllabus (held-out round 108)', () => {
  it('names each guest lecture by its quoted title, dated by the page’s footer date', async () => {
    const seed = await draftOf(
      [
        'HDS4012 – Health Data Spaces and Virtual Human Twins',
        '',
        'Schedule and guest lectures',
        'Week 3 – Tuesday 17 February, 14:00–16:00, online: Guest lecture "Implementing the EHDS: the Commission’s view" by Dr. Helena Lindqvist of Agence Exemple.',
        'Week 4 – Thursday 26 February, 10:00–12:00, room 1.014: Guest lecture "Building a health data access body" – Eeva Kärkkäinen, Specialist at Charles University',
        '',
        'Contact: hds4012@example.org · Course page last updated 14 January 2026',
      ].join('\n'),
    );
    expect(events(seed).map((e) => [e.date, e.name])).toEqual([
      ['2026-02-17', 'Implementing the EHDS: the Commission’s view'],
      ['2026-02-26', 'Building a health data access body'],
    ]);
    expect(statements(seed)).toEqual([]);
  });
});
