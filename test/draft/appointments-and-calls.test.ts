import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Round 18 shapes (issue 22): appointment news ("has appointed X as its Director", "replaces X,
// who …") and a call's results page (one project a line, its coordinator in brackets).

const { draftOf, role } = articleDrafter('pg-draft-appointments-');

describe('appointments and funding results', () => {
  it('"Org has appointed Dr X as its new <title>" gives X that title there; "replaces Y, who …" names Y', async () => {
    const seed = await draftOf(
      [
        'Changes at the top',
        '',
        'The Baltic Institute of Clinical Informatics (BICI) in Riga has appointed Dr Laura Ozola as its new Director from 1 June 2026. She replaces Janis Berzins, who retires in May.',
        '',
        'In Ghent, Cardiomatics N.V. elected Sven de Wilde as chair of its advisory board.',
      ].join('\n'),
    );
    expect(
      role(seed, 'person:laura-ozola', 'org:baltic-institute-of-clinical-informatics')?.title,
    ).toBe('Director');
    expect(seed.names('person:')).toContain('Janis Berzins');
    // ("N.V. elected": an abbreviation's full stop does not end the sentence)
    expect(role(seed, 'person:sven-de-wilde', 'org:cardiomatics-n-v')?.title).toBe(
      'chair of its advisory board',
    );
  });

  it('a results page: one project a line, the coordinator’s person in brackets after the organisation', async () => {
    const seed = await draftOf(
      [
        'Results of the call on kidney twins',
        '',
        'Three projects were selected:',
        '',
        'RENOTWIN – Personalised Digital Twins of the Kidney for Transplant Care',
        'Coordinator: Nephrolab Analytics GmbH, Austria (Dr Eva Gruber, Chief Scientific Officer)',
        '',
        'DIALYSIM – Simulation Models for Home Dialysis Planning',
        'Coordinator: University of Tartu, Estonia (Professor Mart Kask)',
      ].join('\n'),
    );
    expect(seed.names('project:').sort()).toEqual([
      'Personalised Digital Twins of the Kidney for Transplant Care',
      'Simulation Models for Home Dialysis Planning',
    ]);
    expect(
      seed.entities.find((e) => e.name === 'Simulation Models for Home Dialysis Planning')?.acronym,
    ).toBe('DIALYSIM');
    expect(role(seed, 'person:eva-gruber', 'org:nephrolab-analytics-gmbh')?.title).toBe(
      'Chief Scientific Officer',
    );
    expect(role(seed, 'person:mart-kask', 'org:university-of-tartu')).toBeDefined();
    expect(seed.names('person:')).not.toContain('Home Dialysis Planning');
  });

  it('"The project, <Title> (ACR)" is a project whatever its acronym spells; "by the Finnish company X" is X', async () => {
    const seed = await draftOf(
      [
        'A grant for kidney twins',
        '',
        'The project, Personalised Renal Models for Safer Transplantation (KIDTWIN), starts in May and is coordinated by the Finnish company Munuainen Analytics Oy, based in Espoo.',
      ].join('\n'),
    );
    expect(seed.names('project:')).toEqual(['Personalised Renal Models for Safer Transplantation']);
    expect(seed.names('org:')).toEqual(['Munuainen Analytics Oy']);
    expect(seed.names('person:')).toEqual([]);
  });
});
