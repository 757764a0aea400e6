import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 184–186 (issue 22) missed, each read by a general rule.

const { draftOf, role } = articleDrafter('pg-draft-held-out-184-');

describe('national parliaments by their own names', () => {
  const AGENDA = [
    'Lead speakers:',
    'Ms Aino Virtanen-Koski, Member of the Social Affairs and Health Committee, Eduskunta, Finland',
    'Dr Bożena Kraśnicka, Member of the Sejm, Republic of Poland',
    'Mr Fergal Ó Murchú TD, Joint Committee on Health, Houses of the Oireachtas, Ireland',
    'Ms Ulla Brøndum, Chair of the Health Committee, Folketinget, Denmark',
    'Prof. Jan Novák, Charles University',
    'Sen. Lucia Ferrandino, Senato della Repubblica, Italy',
  ].join('\n');

  it('reads each chamber as an institution in its country', async () => {
    const seed = await draftOf(AGENDA);
    for (const [name, country] of [
      ['Eduskunta', 'Finland'],
      ['Sejm', 'Poland'],
      ['Houses of the Oireachtas', 'Ireland'],
      ['Folketinget', 'Denmark'],
      ['Senato della Repubblica', 'Italy'],
    ]) {
      const org = seed.entities.find((e) => e.name === name);
      expect(org, name).toMatchObject({ kind: 'INSTITUTION', country });
    }
  });

  it('reads a senator by "Sen."', async () => {
    expect((await draftOf(AGENDA)).names('person:')).toContain('Lucia Ferrandino');
  });

  it('ties the member to the chamber', async () => {
    const seed = await draftOf(AGENDA);
    const sejm = seed.entities.find((e) => e.name === 'Sejm');
    const member = seed.entities.find((e) => e.name === 'Bożena Kraśnicka');
    expect(sejm && member && role(seed, member.id, sejm.id)).toBeTruthy();
  });

  it('leaves a committee "of the" chamber whole, and no chamber inside a longer word', async () => {
    const seed = await draftOf(
      'Inês Carvalho chairs the Health Committee of the Assembleia da República. ' +
        'The Sejmik of Lublin met Charles University.',
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('Health Committee of the Assembleia da República');
    expect(orgs).not.toContain('Assembleia da República');
    expect(orgs).not.toContain('Sejm');
  });
});

describe('a memorial lecture’s page under a masthead, a menu and crumbs', () => {
  const PAGE = [
    'CHARLES UNIVERSITY',
    'First Faculty of Medicine · Institute of Physiology',
    'Home   Research   People   News & events   Contact',
    '',
    'News & events > Events > 2027',
    '',
    'Fourth Annual Jaroslav Dvořák Memorial Lecture',
    '',
    '"Hearts in silico: twenty years of patient-specific models"',
    '',
    'When: Tuesday 9 March 2027, 17:00 – 18:30',
    'Where: Karolinum, Ovocný trh 3, Prague',
    '',
    'The Institute is pleased to announce that the lecture will be delivered by Prof. Milena Horáková of Charles University.',
    '',
    'About Jaroslav Dvořák',
    '',
    'Professor Jaroslav Dvořák (1941–2019) founded the institute’s modelling group in 1990.',
    '',
    'Previous lectures',
    'Year\tLecturer\tTitle',
    '2024\tProf. Ondřej Malý (Charles University)\tModels at the bedside',
    '2025\t–\tcancelled (strike)',
    '2026\tDr Lucie Benešová (Charles University)\tTwins and trust',
  ].join('\n');

  it('reads the lecture its title names, on the day its "When:" line gives', async () => {
    const events = (await draftOf(PAGE)).entities.filter((e) => e.id.startsWith('event:'));
    expect(events[0]).toMatchObject({
      name: 'Fourth Annual Jaroslav Dvořák Memorial Lecture',
      date: '2027-03-09',
    });
  });

  it('reads each past edition in the series’ table as that year’s lecture (not a cancelled one)', async () => {
    const events = (await draftOf(PAGE)).entities.filter((e) => e.id.startsWith('event:'));
    expect(events.slice(1).map((e) => [e.name, e.date])).toEqual([
      ['Jaroslav Dvořák Memorial Lecture 2024', '2024'],
      ['Jaroslav Dvořák Memorial Lecture 2026', '2026'],
    ]);
  });

  it('reads no "About" into the name under the heading "About X"', async () => {
    const people = (await draftOf(PAGE)).names('person:');
    expect(people).toContain('Jaroslav Dvořák');
    expect(people.some((p) => p.startsWith('About'))).toBe(false);
  });
});

describe('a legal form of one word after a comma', () => {
  const TABLE = [
    'List of beneficiaries',
    '',
    'Ref.\tBeneficiary\tMunicipality\tProject',
    'VIS-01\tNeuroLumen, Lda.\tCoimbra\tWearable EEG',
    'VIS-02\tSynapsis Data Care, Unipessoal Lda\tGuarda\tPseudonymisation',
    '',
    'Charles University supports them. © 2026 Kestrelsoft, Inc.',
  ].join('\n');

  it('ends the name at the form, as written ("NeuroLumen, Lda.", "…, Unipessoal Lda")', async () => {
    const orgs = (await draftOf(TABLE)).names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining(['NeuroLumen, Lda.', 'Synapsis Data Care, Unipessoal Lda']),
    );
  });

  it('keeps an English form out of a name ("Kestrelsoft, Inc.")', async () => {
    const orgs = (await draftOf(TABLE)).names('org:');
    expect(orgs).not.toContain('Kestrelsoft, Inc.');
  });
});

describe('a known town and its country in brackets after a name', () => {
  const PANEL = [
    'Its current members are:',
    'Ilinca Moldoveanu-Pop (Kraków, Poland) – grandmother and main carer of two children.',
    'Dr Síle Ní Chonaill (Galway, Ireland) – retired GP.',
    'Prof. Jan Novák (Charles University, Czechia) – cardiologist.',
  ].join('\n');

  it('reads where the person lives, no body', async () => {
    const orgs = (await draftOf(PANEL)).names('org:');
    expect(orgs).not.toContain('Galway');
    expect(orgs).not.toContain('Kraków');
  });

  it('still reads a body the text names there', async () => {
    const seed = await draftOf(PANEL);
    expect(role(seed, 'person:jan-novak', 'org:charles-university')).toBeDefined();
  });
});

describe('a journal’s author line with numbers, no numbered affiliations', () => {
  const NOTE = [
    'Retraction Note: A multiscale digital twin of the human liver',
    '',
    'Giulia Ferrantino1, Kai Brennecke-Vos2, Tuomas Hakala4, Dimitrios Kalogeridis6 & Ángel Ruiz-Cabello5 ✉',
    '',
    'Journal of In Silico Medicine volume 8, Article number: 19 (2026)',
    'Charles University supported the study.',
  ].join('\n');

  it('reads each name of three or more with their numbers as an author', async () => {
    const people = (await draftOf(NOTE)).names('person:');
    expect(people).toEqual(
      expect.arrayContaining([
        'Giulia Ferrantino',
        'Kai Brennecke-Vos',
        'Tuomas Hakala',
        'Dimitrios Kalogeridis',
        'Ángel Ruiz-Cabello',
      ]),
    );
  });
});

describe('a numbered reference opening with words of a notice', () => {
  it('reads no person from "1. Editorial Expression of Concern: …"', async () => {
    const seed = await draftOf(
      'References\n1. Editorial Expression of Concern: A multiscale digital twin of the human liver. J In Silico Med 7, 58 (2025).\n\nCharles University retracted it.',
    );
    expect(seed.names('person:')).toEqual([]);
  });
});
