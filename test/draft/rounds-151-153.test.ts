import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the blind rounds 151–153 showed (issue 22): a signature page's "Name:" fields, a
// regional government's posts with their portfolios, a masthead with a wide gap.

const { draftOf } = articleDrafter('pg-draft-rounds-151-');

describe('a signature page', () => {
  const page = [
    'Section 11: Signatures',
    '',
    'Party 4',
    'AGENCE EXEMPLE',
    'Signature:   [signed electronically]',
    'Name:        Bruno Delacourt',
    'Title:       Deputy Chief Executive Officer',
    'Date/Place:  14 January 2026, Paris',
    '',
    'Party 5',
    'CHARLES UNIVERSITY',
    'Signature:   [signed]          [signed]',
    'Name:        Mariana Coelhos            Felix Oberhauser',
    'Title:       President                  Head of Contracts',
  ].join('\n');

  it('reads the value of a "Name:" field as a person, a second signer beside the first too', async () => {
    const seed = await draftOf(page);
    expect(seed.names('person:').sort()).toEqual([
      'Bruno Delacourt',
      'Felix Oberhauser',
      'Mariana Coelhos',
    ]);
  });

  it('never reads a field’s organisation as a person', async () => {
    const seed = await draftOf('Name: Agence Exemple Foundation\nContact: Bruno Delacourt\n');
    expect(seed.names('person:')).not.toContain('Agence Exemple Foundation');
  });
});

describe('a regional government’s posts and their portfolios', () => {
  const text = [
    'Governing Council: summary of agreements',
    '',
    'The Government spokesperson, Iván Sancho Marín, Councillor for Presidency and Institutional Relations, reported on them.',
    'The strategy, presented by the Councillor for Science, University and Knowledge Society, Lucía Peiró Abad, was approved.',
    'Lucie Dvořáková, Deputy Minister for Digitalisation, Ministry of Health of the Czech Republic, spoke too.',
  ].join('\n');

  it('reads what follows a government post’s "for" as its fields, no organisation', async () => {
    const orgs = (await draftOf(text)).names('org:');
    expect(orgs).not.toContain('Institutional Relations');
    expect(orgs).not.toContain('Knowledge Society');
    expect(orgs).not.toContain('Councillor for Science');
  });

  it('still reads the body named after the portfolio’s list', async () => {
    const orgs = (await draftOf(text)).names('org:');
    expect(orgs).toContain('Ministry of Health of the Czech Republic');
  });
});

describe('a masthead with a wide gap', () => {
  it('takes the publisher’s name, not the language switch beside it', async () => {
    const text = [
      'GOBIERNO DE ARAGÓN  |  Aragon Government                                   ES  |  EN',
      'Home › Press room › 2025',
      '',
      'Governing Council: summary of agreements',
      '',
      'Tuesday, 25 November 2025 · Zaragoza',
      '',
      'The Councillor for Health, Carmen Lasheras Boned, said the Aragon Health Service (SALUD) would lead.',
    ].join('\n');
    const orgs = (await draftOf(text)).names('org:');
    expect(orgs.some((n) => /\s{2,}|\bES$/.test(n))).toBe(false);
  });
});

describe('a governance page', () => {
  const page = [
    'PhysioTwin governance',
    '',
    'The Steering Committee (SC) sets the technical roadmap of the project. The SC has seven seats.',
    '',
    'Institutional members (2025): Agence Exemple, Charles University, Oslo University Hospital, Inria.',
    '',
    'Secretary to the SC: Agnieszka Kowalczyk, Agence Exemple.',
  ].join('\n');

  it('reads a generic body’s initials as no organisation', async () => {
    expect((await draftOf(page)).names('org:')).not.toContain('Steering Committee');
  });

  it('reads a label, a year and a list of names as no cited work', async () => {
    const docs = (await draftOf(page)).names('doc:');
    expect(docs.filter((d) => d.includes('Charles University'))).toEqual([]);
  });

  it('still reads a named steering committee and a cited report', async () => {
    const seed = await draftOf(
      [
        'The Open Twin Initiative Steering Committee (OTISC) met in Prague.',
        '',
        'Kowalczyk, A.; Novak, P. (2024). Trustworthy secondary use of health data in five Member States (report). Prague: Charles University.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Open Twin Initiative Steering Committee');
    expect(seed.names('doc:')).toContain(
      'Trustworthy secondary use of health data in five Member States',
    );
  });
});
