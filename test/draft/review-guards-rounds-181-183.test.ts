import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Counter-examples a reviewer wrote against the rules of rounds 181–183 (issue 22): each was
// misread by a first version of a rule, and is guarded here.

const { draftOf, role } = articleDrafter('pg-draft-review-181-');

describe('the rules of rounds 181–183 stay in their shapes', () => {
  it('reads no person from a national party before a group ("Antonio Tajani (Forza Italia, EPP)")', async () => {
    const people = (
      await draftOf(
        'Antonio Tajani (Forza Italia, EPP) and Brando Benifei (Partito Democratico, S&D) met Charles University’s rector.\n',
      )
    ).names('person:');
    expect(people).not.toContain('Forza Italia');
    expect(people).not.toContain('Partito Democratico');
  });

  it('reads no people from a partners’ list that repeats a name ("Fraunhofer IGD (Germany)")', async () => {
    const people = (
      await draftOf(
        [
          'Partners',
          'Fraunhofer IGD (Germany)',
          'Fraunhofer FOKUS (Germany)',
          'Fraunhofer MEVIS (Germany)',
          'Charles University (Czechia)',
        ].join('\n'),
      )
    ).names('person:');
    expect(people.filter((p) => p.startsWith('Fraunhofer'))).toEqual([]);
  });

  it('keeps a surname’s particle as written in capitals ("Karel DE GUCHT" is "Karel De Gucht")', async () => {
    const people = (
      await draftOf(
        'Members of the delegation:\nKarel DE GUCHT (Belgium)\nThéo MARCHANDEAU (France)\n\nCharles University hosted them.\n',
      )
    ).names('person:');
    expect(people).toContain('Karel De Gucht');
  });

  it('reads no article from an event’s quoted title with its city and day', async () => {
    const docs = (
      await draftOf(
        'The summit ("Data Saves Lives 2026", Brussels, 12 March) brought together 400 participants from Charles University and elsewhere.\n',
      )
    ).names('doc:');
    expect(docs).not.toContain('Data Saves Lives 2026');
  });

  it('reads people in an investors’ column as no companies ("Peter Hill")', async () => {
    const orgs = (
      await draftOf(
        '#\tInvestors\tAmount (€m)\n1\tHalvorsen Growth Equity\t2.0\n2\tPeter Hill\t0.5\n3\tJonathan Rose\t0.5\n\nSource: Charles University.\n',
      )
    ).names('org:');
    expect(orgs).toContain('Halvorsen Growth Equity');
    expect(orgs).not.toContain('Peter Hill');
    expect(orgs).not.toContain('Jonathan Rose');
  });

  it('reads no person from a name column glossed as the projects’ ("Name (acronym)")', async () => {
    const people = (
      await draftOf(
        'Name (acronym)\tLead organisation\tCountry\nJadecare Nordis\tCharles University\tCzechia\nKaleido Vanta\tCharles University\tCzechia\n',
      )
    ).names('person:');
    expect(people).not.toContain('Jadecare Nordis');
  });

  it('keeps the body before a dash when an office follows ("Robert Koch Institute - Office Berlin")', async () => {
    const seed = await draftOf(
      'Name\tOrganisation\nLena Hoffmeister\tCharles University - Office Prague\n',
    );
    expect(role(seed, 'person:lena-hoffmeister', 'org:charles-university')).toBeTruthy();
  });

  it('reads no body from a "Ministry" column’s portfolio ("Health")', async () => {
    const orgs = (
      await draftOf(
        'Name\tMinistry\tCountry\nKarl Lauterbach\tHealth\tGermany\nJan Valinsky\tMinistry of Health\tCzechia\n\nCharles University took notes.\n',
      )
    ).names('org:');
    expect(orgs).not.toContain('Health');
    expect(orgs).toContain('Ministry of Health');
  });

  it('reads no person from authors that are firms ("Authors: Ecorys, Milieu")', async () => {
    const people = (await draftOf('Study for Charles University\nAuthors: Ecorys, Milieu\n')).names(
      'person:',
    );
    expect(people).toEqual([]);
  });

  it('parts "the National Institute of Cardiology and Medtronic" in two', async () => {
    const orgs = (
      await draftOf(
        'The study joins Charles University, the National Institute of Cardiology and Medtronic.\n',
      )
    ).names('org:');
    expect(orgs).toContain('National Institute of Cardiology');
    expect(orgs.filter((o) => o.includes('Medtronic') && o !== 'Medtronic')).toEqual([]);
  });

  it('reads no body from a cell’s words ("Led by Sofinnova Partners; with EIC Fund")', async () => {
    const orgs = (
      await draftOf(
        'Company\tInvestors\nCharles University Spin-off\tLed by Sofinnova Partners; with EIC Fund\n',
      )
    ).names('org:');
    expect(orgs).not.toContain('Led');
  });
});
