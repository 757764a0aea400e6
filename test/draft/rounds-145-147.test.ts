import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 145–147 showed (issue 22): a journal's editorial board (degrees after a
// name, an "Editor" column, "Name — Body" lines), …

const { draftOf, role } = articleDrafter('pg-draft-rounds-145-');

describe('a journal’s editorial board', () => {
  const board = [
    'Journal of Twin Studies — Editorial board',
    '',
    'Editor-in-Chief',
    'Katrin Oberholzer, MD PhD',
    'Professor of Computational Medicine, Charles University, Czechia',
    '',
    'Deputy Editor-in-Chief',
    'Paolo Ferrandi, PhD',
    'Agence Exemple, France',
    '',
    'Section Editors',
    'Section\tEditor\tAffiliation',
    'Cardiovascular twins\tAoife Ní Mhurchú\tUniversity of Galway, Ireland',
    'Brain twins\tMathilde Roux\tInstitut de Neurosciences des Systèmes, France',
    '',
    'Associate Editors',
    'Jakob Mertens — Inria, France',
    'Tereza Novotná — Masaryk University, Brno, Czech Republic',
    'Sofia Karamanli — Lynkeus, Italy',
    'Noor El Khatib — Erasmus Medical Centre, Rotterdam, Netherlands',
  ].join('\n');

  it('reads each editor, with degrees after the name, in an Editor column, or before a dash', async () => {
    const seed = await draftOf(board);
    expect(seed.names('person:').sort()).toEqual([
      'Aoife Ní Mhurchú',
      'Jakob Mertens',
      'Katrin Oberholzer',
      'Mathilde Roux',
      'Noor El Khatib',
      'Paolo Ferrandi',
      'Sofia Karamanli',
      'Tereza Novotná',
    ]);
    expect(seed.names('org:')).toContain('Masaryk University');
    expect(seed.names('org:').some((n) => n.includes('Novotn'))).toBe(false);
  });

  it('holds each editor’s body: the line under the name, the row’s cell, the body after the dash', async () => {
    const seed = await draftOf(board);
    expect(role(seed, 'person:katrin-oberholzer', 'org:charles-university')?.title).toBe(
      'Professor of Computational Medicine',
    );
    expect(role(seed, 'person:paolo-ferrandi', 'org:agence-exemple')).toBeDefined();
    expect(role(seed, 'person:aoife-ni-mhurchu', 'org:university-of-galway')).toBeDefined();
    expect(role(seed, 'person:tereza-novotna', 'org:masaryk-university')).toBeDefined();
  });

  it('a "Chair" cell in a table’s role column is a row, not a new header', async () => {
    const seed = await draftOf(
      [
        'Contributors',
        'Name\tOrganisation\tRole in the session',
        'Joost Verbeek\tAgence Exemple\tChair',
        'Marloes Brink\tHarteraad Patiëntenvereniging\tPanel',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Joost Verbeek', 'Marloes Brink']);
  });

  it('a line under a name that opens with no body and no post gives no role', async () => {
    const seed = await draftOf(
      [
        'Press contact',
        '',
        'Vesna Kovačič',
        'Phone: +32 2 555 01 01',
        '',
        'Charles University',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual([]);
  });
});
