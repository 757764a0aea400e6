import { describe, expect, it } from 'vitest';
import { articleDrafter, namesOf } from './draft-of.js';

// Names translated or written in another language (working round 85, issue 22): an English name
// whose acronym is the original's ("Aragon Institute of Health Sciences (IACS)", for Instituto
// Aragonés de Ciencias de la Salud), a saint's elided word ("Policlinico di Sant'Orsola").

const { draftOf } = articleDrafter('pg-draft-foreign-names-');

describe('names from other languages', () => {
  it("takes the whole name before an acronym its words' initials do not spell", async () => {
    const seed = await draftOf(
      'The project, coordinated by the Aragon Institute of Health Sciences (IACS) in Zaragoza, starts in February, said Dr Ana Costa.',
    );
    expect(namesOf(seed, 'org:')).toEqual(['Aragon Institute of Health Sciences']);
  });

  it("keeps a saint's elided word inside a hospital's name, no person in it", async () => {
    const seed = await draftOf(
      "The pilot will run at the Policlinico di Sant'Orsola in Bologna, said Dr Ana Costa.",
    );
    expect(namesOf(seed, 'org:')).toEqual(["Policlinico di Sant'Orsola"]);
    expect(namesOf(seed, 'person:')).toEqual(['Ana Costa']);
  });
});
