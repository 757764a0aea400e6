import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Shapes the held-out rounds 100–102 showed after their one score (issue 22): a seminar series'
// entries (date line, speaker line, title), a media advisory's WHAT over its WHEN.

const { draftOf } = articleDrafter('pg-draft-held-out-100-');

describe('held-out rounds 100–102', () => {
  it('names a seminar by the title under its speaker’s line', async () => {
    const seed = await draftOf(
      [
        'Twins, Data & Trust',
        'Seminar series on health data – spring 2026',
        '',
        'PROGRAMME',
        '',
        'Thursday 12 February 2026 | 12:30–13:30',
        'Prof. Alfons Hoekstra – Computational Science Lab, Charles University',
        'From multiscale models to virtual human twins: what the roadmap asks of us',
        'Room: UNS40 H0.312',
        '',
        'Thursday 26 February 2026 | 12:30–13:30',
        'Dr. Élodie Marchetti, senior researcher at Agence Exemple (Brussels)',
        'Personalised brain models for schizophrenia: early lessons',
        'Room: UNS40 H1.315',
      ].join('\n'),
    );
    expect(events(seed).map((e) => [e.date, e.name])).toEqual([
      ['2026-02-12', 'From multiscale models to virtual human twins: what the roadmap asks of us'],
      ['2026-02-26', 'Personalised brain models for schizophrenia: early lessons'],
    ]);
  });

  it('names a media advisory’s event by its WHAT, dated by its WHEN', async () => {
    const seed = await draftOf(
      [
        'CHARLES UNIVERSITY',
        'MEDIA ADVISORY',
        '',
        'Minister to open a cardiac twin unit',
        '',
        'WHAT',
        'Official opening of the Cardiac Digital Twin Unit, followed by a demonstration.',
        '',
        'WHEN',
        'Monday, 13 April 2026',
        '',
        'WHO',
        '- Dr Ana Costa, Director, Agence Exemple',
      ].join('\n'),
    );
    const opening = events(seed)[0];
    expect(opening?.name).toBe('Official opening of the Cardiac Digital Twin Unit');
    expect(opening?.date).toBe('2026-04-13');
  });
});

describe('a media advisory’s places and a caption’s credit', () => {
  it('reads no person in "Rua Dr. X" or "Auditório Prof. Y"; a photographer beside a slash', async () => {
    const seed = await draftOf(
      [
        'Porto, 8 April 2026.',
        '',
        'Dr Ana Costa will open the unit.',
        '',
        'WHERE',
        'Building C, Auditório Prof. Abel Salazar',
        'Rua Dr. Plácido da Costa 214, 4200-450 Porto',
        '',
        '[Photo: the unit at Charles University. Photo: FNUSA/Jan Procházka]',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Ana Costa', 'Jan Procházka']);
  });
});
