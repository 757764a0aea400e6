import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 130–132 showed after they were scored once (issue 22): a
// stakeholder map's contact column, a Polish engineer's title, a table's organisation column, an
// auto-caption transcript in small letters.

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

describe('an auto-caption transcript in small letters', () => {
  const captions = [
    'Open twins webinar – highlights',
    '',
    'Transcript',
    '0:00',
    'hi everyone and welcome to the webinar',
    '0:04',
    "series i'm kiara lombardi i coordinate",
    '0:08',
    'science communication at agence exemple',
    '0:12',
    'and today we have more than 300 people',
    '0:16',
    'registered which is a record for us so',
    '0:20',
    'our first speaker is professor tomas',
    '0:24',
    'novak director of the institut de',
    '0:28',
    'recherche biomedicale in lyon thank you',
    '0:32',
    'so the twin project started in january',
    '0:36',
    'and we now have 212 patients in the cohort',
  ].join('\n');

  it('reads names after "i\'m" and a title, and the names the graph knows', async () => {
    const seed = await draftOf(captions);
    expect(seed.names('person:')).toEqual(expect.arrayContaining(['Kiara Lombardi']));
    expect(seed.yaml).toMatch(/ref: org:agence-exemple/);
  });

  it('keeps every quote a span of the text (case aside)', async () => {
    const seed = await draftOf(captions);
    expect(seed.yaml.toLowerCase()).not.toMatch(/span_not_in_text/);
    for (const r of seed.relationships)
      expect(captions.toLowerCase().replace(/\s+/g, ' ')).toContain(
        String((r as { evidence?: string }).evidence ?? '')
          .toLowerCase()
          .replace(/\s+/g, ' '),
      );
  });
});

describe('a resolution of the Council of Ministers', () => {
  it('reads the act by its number, and keeps the body that adopted it', async () => {
    const seed = await draftOf(
      'Following her appointment by Resolution of the Council of Ministers no. 4/2026, Dr Ana Costa leads Agence Exemple.',
    );
    expect(seed.names('doc:')).toEqual(['Resolution of the Council of Ministers no. 4/2026']);
    expect(seed.names('org:')).toContain('Council of Ministers');
  });
});
