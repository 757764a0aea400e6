import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 124–126 showed once they were scored (issue 22).

const { draftOf, role } = articleDrafter('pg-draft-held-out-124-');

describe('held-out rounds 124–126', () => {
  it('reads a tab table whose name column is not the first ("Initials⇥Name⇥Organisation⇥Role")', async () => {
    const seed = await draftOf(
      [
        'Steering Committee meeting #4 – Action points, 12 June 2025',
        '',
        'Initials\tName\tOrganisation\tRole in MODELCARE',
        'AdV\tAnneke de Vries\tAgence Exemple\tProject Manager',
        'JN\tDr hab. Jakub Nowakowski\tCharles University\tWP2 leader',
        '',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Anneke de Vries', 'Jakub Nowakowski']);
    expect(role(seed, 'person:anneke-de-vries', 'org:agence-exemple')).toBeDefined();
    expect(role(seed, 'person:jakub-nowakowski', 'org:charles-university')).toBeDefined();
  });

  it('reads a person after "Contact", a kinship noun, or before "was born"', async () => {
    const seed = await draftOf(
      [
        'Dublin, 3 March 2026.',
        '',
        'Saoirse Fitzpatrick was born in Mullingar in 2016.',
        '"If a virtual twin takes some of the guessing away, I will run every race," says her mother, Gráinne Fitzpatrick.',
        '',
        'Questions about the appeal? Contact Máire Ní Fhlannagáin, Head of Fundraising at Agence Exemple.',
        '',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual([
      'Saoirse Fitzpatrick',
      'Gráinne Fitzpatrick',
      'Máire Ní Fhlannagáin',
    ]);
  });
});
