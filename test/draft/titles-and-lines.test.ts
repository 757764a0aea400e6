import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Blind round 43 (issue 22): a contact block's person on a line of their own, and a person with
// two titles, the second after "and".

const { draftOf, role } = articleDrafter('pg-draft-titles-lines-');

describe('a person named on a line of their own', () => {
  it('is a person when the next line is their job title', async () => {
    const seed = await draftOf(
      [
        'Ministers agree',
        '',
        'Health ministers agreed a text today.',
        '',
        'Press contact',
        'Rūta Kalniņa',
        'Press officer',
        '+32 2 281 00 00',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Rūta Kalniņa']);
  });

  it('is a post’s author with a connection degree, a long profile headline on the next line', async () => {
    const seed = await draftOf(
      [
        'Katarzyna Wróblewska-Nowak • 2nd',
        'Associate Professor @ Jagiellonian University Medical College | Coordinator, ONCOTWINS (Horizon Europe) | Paediatric oncology',
        '5d • Edited',
        '',
        'That’s a wrap on our General Assembly!',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Katarzyna Wróblewska-Nowak']);
  });

  it('gives the roles of a profile headline under a name with a degree and a connection degree', async () => {
    const seed = await draftOf(
      [
        'Sofia Marangoni, PhD • 2nd',
        'Head of Digital Health Policy at Fondazione Lumen | Project Manager @ Agence Exemple | #EHDS',
        '2w • Edited',
        '',
        'Our project meets in Lisbon.',
      ].join('\n'),
    );
    expect(role(seed, 'person:sofia-marangoni', 'org:fondazione-lumen')?.title).toBe(
      'Head of Digital Health Policy',
    );
  });

  it('is no person when the next line is a sentence, or the line is an organisation', async () => {
    const seed = await draftOf(
      [
        'Ministers agree',
        '',
        'Health ministers agreed a text today, said Dr Ana Costa.',
        '',
        'Green Valley',
        'The director of the park opened it.',
        '',
        'Nordic Health Institute',
        'Head office',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });
});

describe('cues that name people, and their limits', () => {
  it('"Authors:" with a capital lists people; "Contact:" an office; "the Society’s Strategic Agenda" no one', async () => {
    const seed = await draftOf(
      [
        'Brief',
        '',
        'Published 03.03.2026 | 12 pages | Authors: Dr Ines Marchetti-Vogel, Pieter Claeys',
        '',
        'The Assembly also adopted the Society’s Strategic Agenda 2026-2028.',
        'Contact: Parliamentary Correspondence, Tel. +43 1 40110-2272',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ines Marchetti-Vogel', 'Pieter Claeys']);
  });
});

describe('a speech’s salutations, one per line', () => {
  it('give no title to the name on the line before or after', async () => {
    const seed = await draftOf(
      [
        'Speech by the Commissioner',
        '',
        'Minister Ferreira, dear Ana Lúcia,',
        'Director-General Gallina,',
        'Professor Geris,',
        'Honourable Members of the European Parliament,',
        '',
        'It is a pleasure to open this Summit, said Dr Rui Monteiro.',
      ].join('\n'),
    );
    const people = seed.names('person:');
    expect(people).not.toContain('Ana Lúcia');
    expect(people).not.toContain('Honourable Members');
  });
});

describe('small letters in brackets after a name', () => {
  it('make a person only when they are a role', async () => {
    const seed = await draftOf(
      [
        'Programme',
        '',
        '12:00–13:00 | Sala Re Enzo (parallel)',
        'Twins in the clinic, with Marta Kowalska (chair)',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Marta Kowalska']);
  });
});

describe('two titles joined by "and"', () => {
  it('make no organisation of a country and the second title', async () => {
    const seed = await draftOf(
      [
        'Ministers agree',
        '',
        '“Today’s agreement gives it one.”',
        'Eleni Stylianou-Petrou, Minister for Health of the Republic of Cyprus and President of the Council',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Eleni Stylianou-Petrou']);
    expect(seed.names('org:')).toEqual([]);
  });
});
