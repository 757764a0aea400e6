import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A Secretary of State's translated speech (working round 93, issue 22): the title names the
// event the dateline dates; the salutations give titles at organisations; "the University of
// Valladolid and Gemelia Health" are two.

const { draftOf, role } = articleDrafter('pg-draft-speech-salutations-');

const SPEECH = [
  'Speech by the Secretary of State for Health, Nuria Echeverría Solís, at the inauguration of the Digital Twin Centre of the Hospital Universitario Reina Leonor',
  '',
  'Valladolid, Monday 19 January 2026',
  '',
  'Regional Minister of Health of the Junta de Castilla y León, Mr Ignacio Alonso Merino;',
  'Managing Director of Charles University, Dr Beatriz Calvo Urquiza;',
  'ladies and gentlemen:',
  '',
  'Thanks to the engineers of Gemelia Health, the Valladolid start-up that built the software.',
  'The centre is the fruit of the GEMINIS project, with the University of Valladolid and Gemelia Health as partners.',
  '',
  'Third, on 14 and 15 May, Valladolid will host the first National Congress on Digital Twins in Health.',
].join('\n');

describe('a speech’s page', () => {
  it('takes the event its title names, on the dateline’s day, before a coming one', async () => {
    const seed = await draftOf(SPEECH);
    expect(events(seed)[0]).toMatchObject({
      name: 'Inauguration of the Digital Twin Centre of the Hospital Universitario Reina Leonor',
      date: '2026-01-19',
    });
  });

  it('reads the salutations’ titles and organisations, and two partners joined by "and"', async () => {
    const seed = await draftOf(SPEECH);
    expect(role(seed, 'person:beatriz-calvo-urquiza', 'org:charles-university')?.title).toBe(
      'Managing Director',
    );
    expect(role(seed, 'person:ignacio-alonso-merino', 'org:junta-de-castilla-y-leon')?.title).toBe(
      'Regional Minister of Health',
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['University of Valladolid', 'Gemelia Health']),
    );
  });
});

describe('a keynote’s page', () => {
  it('takes the event the line over the dateline names', async () => {
    const seed = await draftOf(
      [
        'Keynote speech by Dr Ana Costa, Chair of the Committee on Public Health',
        '',
        'European Digital Health Forum 2026 – opening plenary',
        'Lisbon, Tuesday 17 March 2026',
        '',
        'On 3 December, our committee and Charles University held a joint hearing on virtual twins.',
        '',
        'Third, on 14 and 15 May, Lisbon will host the first National Congress on Digital Twins in Health.',
      ].join('\n'),
    );
    expect(events(seed)[0]).toMatchObject({
      name: 'European Digital Health Forum 2026',
      date: '2026-03-17',
      city: 'Lisbon',
    });
  });
});
