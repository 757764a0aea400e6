import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A journal's guest editorial and a press review (working rounds 97–98, issue 22): superscript
// affiliation marks, a Vancouver reference list, a review's headlines over their outlets.

const { draftOf, role } = articleDrafter('pg-draft-journals-');

const EDITORIAL = [
  'Journal of Computational Physiology',
  'Home › Volume 18 › Issue 2 › Special Issue',
  'EDITORIAL | Open Access',
  'Published online: 16 February 2026',
  'https://doi.org/10.5521/jcp.2026.18.0201',
  '',
  'From roadmap to bedside: twins come of age',
  '',
  'Ingrid Solberg¹*, Tomás Ortega Villar², Ana Costa³ (Guest Editors)',
  '',
  '¹ Nordic Institute for Computational Medicine (NICM), Bergen, Norway',
  '² Charles University, Prague, Czechia',
  '³ Agence Exemple, Paris, France',
  '',
  'Aoife Brennan and colleagues at Charles University open the issue [1] with a heart model.',
  '',
  'References',
  '[1] Brennan A, et al. A cardiac twin for heart-failure triage: a prospective study. J Comput Physiol 2026;18:e0202.',
  '[2] Sousa Lima M, Vestergaard J. Permits for synthetic cohorts. J Comput Physiol 2026;18:e0205.',
].join('\n');

describe('a journal editorial', () => {
  it('reads the title under the genre, its labels, its date and its DOI', async () => {
    const seed = await draftOf(EDITORIAL);
    expect(seed.source.name).toBe('From roadmap to bedside: twins come of age');
    expect(seed.source.published).toBe('2026-02-16');
  });

  it('gives authors with superscript marks their numbered lines’ organisations', async () => {
    const seed = await draftOf(EDITORIAL);
    expect(
      role(seed, 'person:ingrid-solberg', 'org:nordic-institute-for-computational-medicine'),
    ).toBeDefined();
    expect(role(seed, 'person:tomas-ortega-villar', 'org:charles-university')).toBeDefined();
  });

  it('reads "X and colleagues at Y" as a person', async () => {
    const seed = await draftOf(EDITORIAL);
    expect(seed.names('person:')).toContain('Aoife Brennan');
  });

  it('reads a Vancouver reference list’s titles as articles', async () => {
    const seed = await draftOf(EDITORIAL);
    const docs = seed.entities.filter((e) => e.id.startsWith('doc:') && e.kind === 'ARTICLE');
    expect(docs.map((d) => d.name)).toEqual(
      expect.arrayContaining([
        'A cardiac twin for heart-failure triage: a prospective study',
        'Permits for synthetic cohorts',
      ]),
    );
  });
});

describe('a press review', () => {
  it('reads each headline over its outlet and day as an article', async () => {
    const seed = await draftOf(
      [
        'MEDIA MONITOR – EU DIGITAL HEALTH',
        'Compiled by Dr Ana Costa, Policy Officer',
        '',
        '1. EHDS: only nine capitals have named their data access body',
        'Brussels Health Wire | Mon 23/02',
        '',
        'Only nine of the 27 member states have designated a body, the wire reports.',
        '',
        "2. Jumeau Cardio lève 14 millions d'euros",
        "Le Journal de l'e-santé | Tue 24/02",
        '',
        'The Lyon start-up has closed a round, said Dr Ana Costa.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'EHDS: only nine capitals have named their data access body',
        "Jumeau Cardio lève 14 millions d'euros",
      ]),
    );
  });

  it('keeps a titled lecturer apart from the company after the dash', async () => {
    const seed = await draftOf(
      [
        'Lecturers',
        '',
        'Dr Ingrid Vanhoutte – Mimesis Biotwin NV, BE',
        'Dr Ana Costa – Charles University, CZ',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Mimesis Biotwin NV');
    expect(seed.names('person:')).toContain('Ingrid Vanhoutte');
  });
});
