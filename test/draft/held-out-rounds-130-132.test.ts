import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 130–132 showed after they were scored once (issue 22): a
// stakeholder map's contact column, a Polish engineer's title.

const { draftOf, role } = articleDrafter('pg-draft-held-out-130-');

describe('a stakeholder map', () => {
  it('reads a "Contact (role)" column: each person with the bracket’s title at the row’s body', async () => {
    const seed = await draftOf(
      [
        'D6.1 Stakeholder Mapping and Engagement Plan',
        '',
        'ID\tStakeholder\tCategory\tContact (role)\tPriority',
        'S03\tNordic Health Data Agency (NHDA)\tFunding agency\tJonas Berglund (Project Officer)\tKeep satisfied',
        'S10\tEuropean Cancer Patient Coalition (ECPC)\tPatient organisation\tMarta Lindqvist (EU Policy Officer)\tPartner',
        '',
        'The map was drawn up by Dr Ana Costa of Agence Exemple on 26 September 2025.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toContain('Jonas Berglund');
    expect(role(seed, 'person:jonas-berglund', 'org:nordic-health-data-agency')?.title).toBe(
      'Project Officer',
    );
  });
});

describe('a Polish engineer’s title', () => {
  it('reads "Dr inż. X" over a line of titles as a person', async () => {
    const seed = await draftOf(
      [
        'Partner search request, 3 March 2026',
        '',
        '6. CONTACT',
        'Dr inż. Tomasz Wróblewski',
        'CEO and Co-founder, Agence Exemple',
        '',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Tomasz Wróblewski']);
  });
});

describe('a table of contributors', () => {
  it('reads an "Organisation" column’s cell as a body, whatever its words', async () => {
    const seed = await draftOf(
      [
        'Workshop notes, 12 January 2026',
        '',
        'Name\tOrganisation\tRole in the session',
        'Dr Anouk Smeets\tHealth-RI\tPresentation of discussion paper',
        'Marloes Brink\tHarteraad\tPanel',
        '',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(expect.arrayContaining(['Health-RI', 'Harteraad']));
    expect(role(seed, 'person:marloes-brink', 'org:harteraad')).toBeDefined();
  });
});
