import { describe, expect, it } from 'vitest';
import { articleDrafter, namesOf } from './draft-of.js';

// A team page's bios (held-out round 82–84, issue 22): "X heads the Y group at Z", "is Head of
// Clinical Research at Hospital Z", a career told of "she" ("was a … fellow at EPFL and then a
// junior group leader at Inria", "spent five years at Sciensano"), and an institute named after a
// person before its acronym.

const { draftOf, role } = articleDrafter('pg-draft-bios-');

const rolesOf = (seed: Awaited<ReturnType<typeof draftOf>>, person: string) =>
  seed.relationships
    .filter((r) => r.type === 'HOLDS_ROLE' && r.from === person)
    .map((r) => [r.to, r.title]);

describe('bios and careers', () => {
  it('reads "X heads the Y group at Z" as a person and her role with its title', async () => {
    const seed = await draftOf(
      'Katharina Oberländer heads the Computational Physiology group at the Heidelberg Institute for Theoretical Studies. Novo Nordisk leads the consortium.',
    );
    expect(namesOf(seed, 'person:')).toEqual(['Katharina Oberländer']);
    expect(rolesOf(seed, 'person:katharina-oberlander')).toEqual([
      [
        'org:heidelberg-institute-for-theoretical-studies',
        'Head of the Computational Physiology group',
      ],
    ]);
  });

  it('takes a function that names no organisation into the title, and the one after "at"', async () => {
    const seed = await draftOf(
      "Dr Núria Castellví, a cardiologist, is Head of Clinical Research at Hospital Universitari Vall d'Hebron in Barcelona, said Dr Ana Costa.",
    );
    expect(namesOf(seed, 'org:')).toEqual(["Hospital Universitari Vall d'Hebron"]);
    expect(
      role(seed, 'person:nuria-castellvi', 'org:hospital-universitari-vall-d-hebron')?.title,
    ).toBe('Head of Clinical Research');
  });

  it('reads a career told of "she": a fellow, then a group leader, years spent somewhere', async () => {
    const seed = await draftOf(
      '"Models need clinicians," said Dr Ana Costa. A physicist by training, she was a Marie Skłodowska-Curie fellow at the Lausanne Institute of Technology from 2016 to 2019 and then a junior group leader at the Grenoble Research Centre. Before that she spent five years at Agence Exemple, the public health institute. She was a patient at Charles University Hospital.',
    );
    const roles = rolesOf(seed, 'person:ana-costa');
    expect(roles).toEqual(
      expect.arrayContaining([
        ['org:lausanne-institute-of-technology', 'Marie Skłodowska-Curie fellow'],
        ['org:grenoble-research-centre', 'Junior group leader'],
        ['org:agence-exemple', undefined],
      ]),
    );
    expect(roles).toHaveLength(3);
  });

  it('names an institute after a person with its acronym, no person in it', async () => {
    const seed = await draftOf(
      "Until 2021 she worked at the Institut d'Investigacions Biomèdiques August Pi i Sunyer (IDIBAPS), said Dr Ana Costa.",
    );
    expect(namesOf(seed, 'org:')).toEqual([
      "Institut d'Investigacions Biomèdiques August Pi i Sunyer",
    ]);
    expect(namesOf(seed, 'person:')).toEqual(['Ana Costa']);
  });

  it("reads a speakers page's bios: a company after a title, a title before a first name", async () => {
    const seed = await draftOf(
      'Prof. Liesbet Geris\nExecutive Director, Agence Exemple\nProfessor at the University of Liège and Charles University, Liesbet coordinated EDITH.\n\nDr Eleni Kostopoulou\nHead of Modelling & Simulation, Theramodel Therapeutics\nEleni leads in silico trial design.\n\nDr Pieter-Jan Vermeersch\nCardiologist, Charles University\nPieter-Jan leads the clinical evaluation of cardiac twins. Before entering the clinic he was Chief Information Officer at University Hospital Brno. He previously worked at the Leibniz Supercomputing Centre.',
    );
    expect(namesOf(seed, 'person:').sort()).toEqual([
      'Eleni Kostopoulou',
      'Liesbet Geris',
      'Pieter-Jan Vermeersch',
    ]);
    expect(rolesOf(seed, 'person:liesbet-geris')).toEqual(
      expect.arrayContaining([
        ['org:university-of-liege', 'Professor'],
        ['org:charles-university', 'Professor'],
      ]),
    );
    expect(rolesOf(seed, 'person:eleni-kostopoulou')).toEqual([
      ['org:theramodel-therapeutics', 'Head of Modelling & Simulation'],
    ]);
    expect(rolesOf(seed, 'person:pieter-jan-vermeersch')).toEqual(
      expect.arrayContaining([
        ['org:university-hospital-brno', 'Chief Information Officer'],
        ['org:leibniz-supercomputing-centre', undefined],
      ]),
    );
  });
});
