import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A city's press release on an EU forum it hosted (working round 97, issue 22): an apposition
// ends before the sentence's verb in the past ("…, looked at how the Commission's …").

const { draftOf, role } = articleDrafter('pg-draft-city-releases-');

describe('a city press release', () => {
  it('ends an apposition before ", looked at how …": no role at what the clause names', async () => {
    const seed = await draftOf(
      [
        'Tartu, 20 March 2026.',
        '',
        'On the second day, a session chaired by Dr Ana Costa, Director of Charles University, looked at how Agence Exemple could draw on the data.',
      ].join('\n'),
    );
    expect(role(seed, 'person:ana-costa', 'org:charles-university')?.title).toBe('Director');
    expect(role(seed, 'person:ana-costa', 'org:agence-exemple')).toBeUndefined();
  });
});

describe('a press review’s people', () => {
  it('reads "EBRAINS’ Chief Science Officer X" (a name in -s and its apostrophe) as a role', async () => {
    const seed = await draftOf(
      [
        'Brussels, 3 March 2026.',
        '',
        "Agence Exemples' Chief Science Officer Tomas Berg said the project was halfway.",
        "Jan Novak, Agence Exemples' Head of Data, agreed.",
      ].join('\n'),
    );
    const org = seed.entities.find((e) => e.name === 'Agence Exemples');
    expect(org).toBeDefined();
    expect(role(seed, 'person:tomas-berg', org!.id)?.title).toBe('Chief Science Officer');
    expect(role(seed, 'person:jan-novak', org!.id)?.title).toBe('Head of Data');
  });
});

describe('a funding round', () => {
  it('reads an investor named "… Capital" after "led by" as an organisation, not a person', async () => {
    const seed = await draftOf(
      [
        'Lyon, 3 March 2026.',
        '',
        'The start-up closed a €14 million round led by Rhône Santé Capital, with Fondo Salus Capital, said Dr Ana Costa.',
      ].join('\n'),
    );
    expect(seed.names('person:')).not.toContain('Rhône Santé Capital');
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Rhône Santé Capital', 'Fondo Salus Capital']),
    );
  });
});

describe('a ministry’s portfolio', () => {
  it('runs to the sentence’s verb: "Ministry of Social Affairs, Health and Integration funds"', async () => {
    const seed = await draftOf(
      [
        'Stuttgart, 3 March 2026.',
        '',
        'The Baden-Württemberg Ministry of Social Affairs, Health and Integration funds the pilot, said Dr Ana Costa.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain(
      'Baden-Württemberg Ministry of Social Affairs, Health and Integration',
    );
  });
});

describe('a forum’s partners and guests', () => {
  it('reads "the patient organisation X" as an organisation, "Chief Medical Officers" as no one', async () => {
    const seed = await draftOf(
      [
        'Tartu, 3 March 2026.',
        '',
        'The forum is organised with the patient organisation Patient Voice Estonia. On 3 April there is an informal meeting of Chief Medical Officers, said Dr Ana Costa.',
        'International organisation',
        '',
        'Section II: Object',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Patient Voice Estonia');
    expect(seed.names('org:')).not.toContain('Section II');
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });
});
