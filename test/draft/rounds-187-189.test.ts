import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of blind rounds 187–189 (issue 22), each read by a general rule.

const { draftOf, role } = articleDrafter('pg-draft-rounds-187-');

describe('a journal’s authors with lettered affiliations', () => {
  const LETTER = [
    'Correspondence | Volume 7, Issue 3, May 2026',
    '',
    'Federated access is not enough',
    '',
    'Sigrid Aalborg-Nes a, Tomás Echeverría Luz b',
    '',
    'a Institute of Health and Society, Charles University, Prague, Czechia',
    'b Instituto de Salud Global de Navarra (ISGN), Pamplona, Spain',
    '',
    'We read with interest the article by Kowalczyk and colleagues, which reports three pilot nodes.',
    'a Commission proposal was discussed.',
  ].join('\n');

  it('reads each author and ties them to their lettered line’s organisation', async () => {
    const seed = await draftOf(LETTER);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Sigrid Aalborg-Nes', 'Tomás Echeverría Luz']),
    );
    const isgn = seed.entities.find((e) => e.name === 'Instituto de Salud Global de Navarra');
    const tomas = seed.entities.find((e) => e.name === 'Tomás Echeverría Luz');
    expect(isgn && tomas && role(seed, tomas.id, isgn.id)).toBeTruthy();
  });
});

describe('feminine and Italian titles before a name', () => {
  const MEMBERS = [
    'Working group members',
    '',
    'Mag.a Dr.in Ayşe Demirtaş-Koller, Charles University',
    'Univ.-Prof.in Dr.in Renate Kofler-Stangl, Charles University',
    'Avv. Chiara Benedettini, Lynkeus',
  ].join('\n');

  it('reads the name after "Mag.a", "Dr.in", "Prof.in" and "Avv."', async () => {
    const people = (await draftOf(MEMBERS)).names('person:');
    expect(people).toEqual(
      expect.arrayContaining([
        'Ayşe Demirtaş-Koller',
        'Renate Kofler-Stangl',
        'Chiara Benedettini',
      ]),
    );
  });
});

describe('a site’s name over its menu, and a German gender mark in a name', () => {
  it('reads no person from a site’s name over its menu', async () => {
    const page = [
      'Aurelia Scientific Publishing',
      'Journals\tTopics\tInformation\tAuthor Services\tAbout',
      '',
      'Charles University hosts the special issue.',
    ].join('\n');
    expect((await draftOf(page)).names('person:')).toEqual([]);
  });

  it('keeps "Patient:innen" one word of an organisation’s name', async () => {
    const seed = await draftOf(
      'Elisabeth Windhager-Moser, patient representative, Österreichische Patient:innen-Allianz\n\nCharles University hosts it.',
    );
    expect(seed.names('org:')).toContain('Österreichische Patient:innen-Allianz');
    expect(seed.names('person:')).toEqual(['Elisabeth Windhager-Moser']);
  });
});

describe('a count before a bracket, and a meeting’s name', () => {
  const PAGE = [
    'The Action brings together 29 COST Member countries, 2 Near Neighbour Countries and 1 Specific Organisation (EBRAINS AISBL).',
    '',
    'Upcoming meeting',
    '',
    '3rd MC Meeting & Working Group Meeting',
    '4–5 March 2026, Tartu, Estonia',
    '',
    'Charles University hosts it.',
  ].join('\n');

  it('reads no organisation from a count, nor the bracket’s body as its initials', async () => {
    const seed = await draftOf(PAGE);
    const orgs = seed.names('org:');
    expect(orgs.some((o) => /^2 Near/.test(o))).toBe(false);
    expect(seed.entities.some((e) => e.acronym === 'EBRAINS AISBL')).toBe(false);
  });

  it('reads no organisation from a meeting’s name ("… Working Group Meeting")', async () => {
    const orgs = (await draftOf(PAGE)).names('org:');
    expect(orgs.some((o) => /Meeting$/.test(o))).toBe(false);
  });
});

describe('a joint undertaking by its head word', () => {
  it('reads "the EuroHPC Joint Undertaking" as an organisation, no person', async () => {
    const seed = await draftOf(
      'Keynote speaker: Dr Lena Hofstätter-Riis, Programme Manager, EuroHPC Joint Undertaking\n\nThe AI Factories are operated with the EuroHPC Joint Undertaking and Charles University.',
    );
    expect(seed.names('org:')).toContain('EuroHPC Joint Undertaking');
    expect(seed.names('person:')).toEqual(['Lena Hofstätter-Riis']);
  });
});

describe('an EU body by its initials alone', () => {
  const TEXT =
    'Regulators, meaning EMA, must move from pilots to practice, and the CHMP gave a positive opinion. ' +
    'Applicants may also ask the EIC Fund and Charles University.';

  it('names the body in full, with its initials', async () => {
    const seed = await draftOf(TEXT);
    const ema = seed.entities.find((e) => e.name === 'European Medicines Agency');
    expect(ema).toMatchObject({ kind: 'AGENCY', acronym: 'EMA' });
    expect(seed.names('org:')).toContain('Committee for Medicinal Products for Human Use');
  });

  it('leaves initials that open a longer name ("EIC Fund")', async () => {
    expect((await draftOf(TEXT)).names('org:')).not.toContain('European Innovation Council');
  });
});

describe('a deliverable’s number, then its title in sentence case', () => {
  const TEXT = [
    'Comment 1 (WP2): "Deliverable D2.2 Federated data access architecture was submitted three months late."',
    'Response: The Board will review D5.1 Clinical validation protocol (due M18) with Charles University.',
    'D4.2 Federated analysis protocol and first results (PDF, 3.4 MB)',
  ].join('\n');

  it('reads the title up to its work’s word', async () => {
    const docs = (await draftOf(TEXT)).names('doc:');
    expect(docs).toEqual(
      expect.arrayContaining([
        'Federated data access architecture',
        'Clinical validation protocol',
      ]),
    );
  });

  it('does not cut a title that goes on after the work’s word', async () => {
    expect((await draftOf(TEXT)).names('doc:')).not.toContain('Federated analysis protocol');
  });
});

describe('a name of two parts joined by a spaced hyphen', () => {
  const TABLE = [
    'No.\tPartner\tCountry\tWP leader',
    '1\tCharité - Universitätsmedizin Berlin\tDE\tDr. Jonas Hartmann-Özdemir',
    '2\tSecretariat - Charles University Interest Group\tBE\tMs Ana Ribeiro',
    '',
    'Joana Freitas Pires - Charles University, Prague',
  ].join('\n');

  it('keeps "Charité - Universitätsmedizin Berlin" whole', async () => {
    const orgs = (await draftOf(TABLE)).names('org:');
    expect(orgs).toContain('Charité - Universitätsmedizin Berlin');
    expect(orgs).not.toContain('Universitätsmedizin Berlin');
  });

  it('joins no head word nor a person’s name before the hyphen', async () => {
    const seed = await draftOf(TABLE);
    expect(seed.names('org:').some((o) => /^(?:Secretariat|Joana)/.test(o))).toBe(false);
  });
});

describe('a reference list’s authors with particles and hyphenated initials', () => {
  const REFS = [
    'References',
    '1. Nowicka A, De Smedt P-J, Ferreira Nunes L, et al. Secondary use of health data through federated access: early lessons from three pilot nodes. Eur J Digit Health Policy 2026; 7: 33–47.',
    '2. Rocher L, Hendrickx JM, de Montjoye Y-A. Estimating the success of re-identifications in incomplete datasets. Nat Commun 2019; 10: 3069.',
    '',
    'Charles University supported the work.',
  ].join('\n');

  it('reads each entry’s title as a paper', async () => {
    const docs = (await draftOf(REFS)).names('doc:');
    expect(docs).toEqual(
      expect.arrayContaining([
        'Secondary use of health data through federated access: early lessons from three pilot nodes',
        'Estimating the success of re-identifications in incomplete datasets',
      ]),
    );
  });
});

describe('a name in another language, in sentence case, before its acronym', () => {
  const AGREEMENT = [
    'Coalition agreement between',
    '',
    'Liberální občanská strana (LOS),',
    'Regiony a starostové (RaS)',
    '',
    'Chair: Katarzyna Wróbel (KW), Charles University',
    'A Data protection impact assessment (DPIA) was filed with Charles University.',
  ].join('\n');

  it('reads the name whose words’ initials are the acronym', async () => {
    const orgs = (await draftOf(AGREEMENT)).names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining(['Liberální občanská strana', 'Regiony a starostové']),
    );
  });

  it('reads no body from a person’s initials nor from English words', async () => {
    const orgs = (await draftOf(AGREEMENT)).names('org:');
    expect(orgs.some((o) => /Katarzyna|protection/.test(o))).toBe(false);
  });
});
