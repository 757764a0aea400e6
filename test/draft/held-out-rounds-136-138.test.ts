import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 136–138 showed after they were scored once (issue 22): a preprint's
// authors with their marks in brackets, an alumni magazine's class notes, an MEP's diary of meetings, a
// hospital named with its city, an event's line "Title – roundtable, City, day",
// sponsors by tier, a doctoral network's positions.

const { draftOf, role } = articleDrafter('pg-draft-held-out-136-');

describe('a preprint’s abstract page', () => {
  it('reads authors marked "(1, 2)" and affiliations numbered "(1)"', async () => {
    const seed = await draftOf(
      [
        '[Submitted on 11 Feb 2026]',
        '',
        'Federated calibration of virtual brain twins',
        '',
        'Lena Marchetti (1), Hyun-Ji Park (1, 2), Jan Willemsen (2)',
        '',
        '(1) Charles University, Prague, Czechia',
        '(2) Agence Exemple, Lyon, France',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual([
      'Hyun-Ji Park',
      'Jan Willemsen',
      'Lena Marchetti',
    ]);
    expect(role(seed, 'person:hyun-ji-park', 'org:agence-exemple')).toBeDefined();
    expect(role(seed, 'person:hyun-ji-park', 'org:charles-university')).toBeDefined();
  });
});

describe('an alumni magazine’s class notes', () => {
  it('reads the graduate after the class year, and an emeritus professor', async () => {
    const seed = await draftOf(
      [
        'Class notes, Spring 2026',
        '',
        "'98 Ciarán Doyle (BA Economics 1998) took up post in January at Agence Exemple.",
        "'07 Mark Okafor (MSc Health Informatics 2007) co-founded a company in Galway.",
        'Prof. Emeritus Desmond Walsh (MD 1961) died on 2 January.',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Ciarán Doyle', 'Desmond Walsh', 'Mark Okafor']);
  });
});

describe('an MEP’s newsletter', () => {
  it('reads each row of a "Date⇥Who⇥Subject" diary under MEETINGS as a meeting', async () => {
    const seed = await draftOf(
      [
        'Ana Costa MEP | Newsletter, April 2026',
        '',
        'MEETINGS',
        '',
        'Date\tWho\tSubject',
        '04/03/2026\tAgence Exemple\tPatient voice in the secondary use of health data',
        '19/03/2026\tCharles University (Dr Tomas Novak, Rector)\tRegulatory sandboxes',
        '',
      ].join('\n'),
    );
    const days = seed.entities
      .filter((e) => e.id.startsWith('event:'))
      .map((e) => (e as { date?: string }).date);
    expect(days.sort()).toEqual(['2026-03-04', '2026-03-19']);
  });
});

describe('a body named by what it is and its city', () => {
  it('reads "University Clinical Centre in Gdańsk" whole, not "a university hospital in …"', async () => {
    const seed = await draftOf(
      [
        'Posted 3 February 2026 by Dr Marta Kowalczyk',
        'Data Protection Officer, University Clinical Centre in Gdańsk',
        '',
        'The University Clinical Centre in Gdańsk will pilot the data permit.',
        'Her team visited a university hospital in Lisbon.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('University Clinical Centre in Gdańsk');
    expect(seed.names('org:')).not.toContain('University Clinical Centre');
  });
});

describe('an event’s line: its title, then what it is', () => {
  it('names "Twins for Patients – public roundtable, Cork, 27 March 2026" by its title', async () => {
    const seed = await draftOf(
      [
        'EVENTS',
        '',
        'Twins for Patients – public roundtable, Cork, 27 March 2026',
        'More than 80 people joined Dr Ana Costa of Agence Exemple for an evening on virtual human twins.',
      ].join('\n'),
    );
    const names = seed.entities.filter((e) => e.id.startsWith('event:')).map((e) => e.name);
    expect(names).toEqual(['Twins for Patients']);
  });
});

describe('a prospectus’s sponsors by tier', () => {
  it('reads each item of a tier line under a sponsors’ heading as an organisation', async () => {
    const seed = await draftOf(
      [
        'Open Twins Forum 2026, Lyon, 3 March 2026, organised by Agence Exemple',
        '',
        'PAST SPONSORS (2025)',
        '',
        'Platinum: Kardiovia',
        'Gold: Osteolytix · Materialise',
        'Start-up village: Virtonomy · NeuroSim Bio',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Kardiovia',
        'Osteolytix',
        'Materialise',
        'Virtonomy',
        'NeuroSim Bio',
      ]),
    );
  });
});

describe('a doctoral network’s positions', () => {
  it('reads each main supervisor at the position’s host', async () => {
    const seed = await draftOf(
      [
        'Doctoral network call, deadline 3 March 2026',
        '',
        'DC\tProject\tHost\tMain supervisor',
        'DC1\tModels of atrial fibrillation\tCharles University\tProf. Hanneke Verbeek',
        'DC2\tCredibility of in silico trials\tAgence Exemple\tDr Katrin Vogel, CTO',
      ].join('\n'),
    );
    expect(role(seed, 'person:hanneke-verbeek', 'org:charles-university')).toBeDefined();
    expect(role(seed, 'person:katrin-vogel', 'org:agence-exemple')?.title).toBe('CTO');
  });
});
