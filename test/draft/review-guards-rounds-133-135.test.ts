import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Guards from the review of the rules added after blind rounds 133–135 (issue 22): each case was
// right before those rules, or is what they should have covered.

const { draftOf, role } = articleDrafter('pg-draft-review-133-');
const events = (seed: { entities: { id: string }[] }) =>
  seed.entities.filter((e) => e.id.startsWith('event:')) as { id: string; date?: string }[];

describe('lists written surname first', () => {
  it('reads no affiliation in a numbered reference list under an abstract', async () => {
    const seed = await draftOf(
      [
        'Ana Sofia Meireles1, Jonas Vrieling2',
        '1 Charles University, Prague; 2 Agence Exemple, Lyon',
        '',
        'References',
        '1. Niederer SA, Lumens J. Computational models in cardiology. Nat Rev Cardiol. 2019;16:100-11.',
        '2. Siemens Healthineers. Annual report. Erlangen: Siemens Healthineers AG; 2021.',
      ].join('\n'),
    );
    expect(role(seed, 'person:ana-sofia-meireles', 'org:charles-university')).toBeDefined();
    expect(seed.relationships.filter((r) => r.type === 'HOLDS_ROLE')).toHaveLength(2);
  });

  it('reads no person in "Organisation, Contact" lines', async () => {
    const seed = await draftOf(
      [
        'Contacts for the 3 March 2026 meeting, sent by Dr Ana Costa of Agence Exemple:',
        'Sciensano, Marie Dupont',
        'Inserm, Claire Lefèvre',
        'Karolinska Institutet, Sara Lindqvist',
      ].join('\n'),
    );
    expect(seed.names('person:')).not.toContain('Marie Dupont Sciensano');
    expect(seed.names('person:')).not.toContain('Sara Lindqvist Karolinska Institutet');
  });

  it('reads Irish and Scottish surnames and a middle initial', async () => {
    const seed = await draftOf(
      [
        'Creators',
        "  O'Neill, Aoife 1",
        '  MacLeod, Fiona 1,2',
        '  Kowalczyk, Agnieszka M. 2',
        '',
        '  1. Charles University',
        '  2. Agence Exemple',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(["Aoife O'Neill", 'Fiona MacLeod']);
    expect(role(seed, 'person:agnieszka-kowalczyk', 'org:agence-exemple')).toBeDefined();
  });
});

describe('a speaker’s brackets', () => {
  it('keeps a presenter’s or a reporter’s outlet, and a company whose name is a note’s letters', async () => {
    const seed = await draftOf(
      [
        'On 3 March 2026, Sofia Marques (Reporter, Agence Exemple) asked Matthew Klein (PTC Therapeutics) about twins.',
        'ANA COSTA (Reporter, Charles University): Good evening.',
        'TOMAS NOVAK (PTC Therapeutics): Thank you.',
      ].join('\n'),
    );
    expect(role(seed, 'person:sofia-marques', 'org:agence-exemple')).toBeDefined();
    expect(role(seed, 'person:ana-costa', 'org:charles-university')).toBeDefined();
    expect(seed.names('org:')).toContain('PTC Therapeutics');
  });
});

describe('tables of people and their bodies', () => {
  it('reads no body in an affiliation cell of plain words or a post', async () => {
    const seed = await draftOf(
      [
        'Panel of 3 March 2026, chaired by Dr Ana Costa of Agence Exemple',
        'Name\tAffiliation',
        'Maria Huber\tIndependent expert',
        'Jonas Berg\tPatient representative',
        'Lena Graf\tPrivate practice, Vienna',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual([]);
  });

  it('gives a national member’s post to their own body, not to the page’s publisher', async () => {
    const seed = await draftOf(
      [
        'EPDA | European Patient Data Alliance',
        'Home > About us > Members',
        '',
        'Our members met in Brussels on 18 June 2025.',
        '',
        'Name\tMember organisation\tPosition',
        'Paolo Rossi\tFarmindustria\tPresident',
      ].join('\n'),
    );
    expect(role(seed, 'person:paolo-rossi', 'org:farmindustria')?.title).toBe('President');
    expect(role(seed, 'person:paolo-rossi', 'org:european-patient-data-alliance')).toBeUndefined();
  });

  it('reads neither a funder nor a former employer as the person’s body', async () => {
    const seed = await draftOf(
      [
        'Grants awarded on 3 March 2026 by Agence Exemple',
        'Name\tFunding organisation\tAmount',
        'Maria Huber\tEuropean Research Council\t€1.5 million',
        'Name\tPrevious institution\tDepartment',
        'Jonas Berg\tCharles University\tPhysics',
      ].join('\n'),
    );
    expect(seed.relationships.filter((r) => r.type === 'HOLDS_ROLE')).toEqual([]);
  });

  it('reads a talk’s title column as no post, and a past post as none', async () => {
    const seed = await draftOf(
      [
        'Programme of 3 March 2026',
        'Title\tSpeaker\tAffiliation',
        'Keynote: the future of twins\tHanne Vos\tCharles University',
        '',
        'Name\tOrganisation\tRole',
        'Pieter Claes\tAgence Exemple\tScientific Director (until March 2025)',
      ].join('\n'),
    );
    expect(role(seed, 'person:hanne-vos', 'org:charles-university')?.title).toBeUndefined();
    expect(role(seed, 'person:pieter-claes', 'org:agence-exemple')?.title).toBeUndefined();
  });
});
