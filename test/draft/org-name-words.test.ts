import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Blind round 44 (issue 22): words inside organisations' names that read as sentence words or as a
// person's signature.

const { draftOf } = articleDrafter('pg-draft-org-name-words-');

describe('an organisation’s name', () => {
  it('goes on over "with" after "People" or "Patients", and only there', async () => {
    const seed = await draftOf(
      [
        'Blog',
        '',
        'Mireille Duchêne is Policy Officer at the European Alliance of People with Chronic Conditions (EAPCC), based in Brussels.',
        'The Nordic Health Institute with Baltic Data Agency ran the survey.',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('European Alliance of People with Chronic Conditions');
    expect(orgs).not.toContain('Nordic Health Institute with Baltic Data Agency');
    expect(seed.names('person:')).toEqual(['Mireille Duchêne']);
  });

  it('in a bulleted list is no signature: "- Stichting …" is a foundation', async () => {
    const seed = await draftOf(
      [
        'Partners',
        '',
        'The project ended, said Dr Ana Costa.',
        '',
        'Netherlands',
        '- Stichting Patiëntdata Nederland',
        '',
        'Greece',
        '- Athena Research Center',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
    expect(seed.names('org:')).toContain('Stichting Patiëntdata Nederland');
  });

  it('goes on over an elided article: "du Val-d’Arve", "dell’Angelo"', async () => {
    const seed = await draftOf(
      [
        'Partners',
        '',
        "The project ended, said Dr Ana Costa of the Clinique Universitaire du Val-d'Arve (CUVA).",
        '',
        '- Ospedale dell’Angelo',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(["Clinique Universitaire du Val-d'Arve", 'Ospedale dell’Angelo']),
    );
  });
});

describe('connectors between the words of a name', () => {
  it('an article after "per" or "de" goes on ("per la Salut"); "Lab of <a body with its own head>" is two', async () => {
    const seed = await draftOf(
      [
        'News',
        '',
        'The Fundació Dades per la Salut funds it, said Dr Ana Costa of the Universidad de la Rioja.',
        'Dr Eva Lind leads the Computational Cardiology Lab of Charité – Universitätsmedizin Berlin. One Hub per Region is planned.',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'Fundació Dades per la Salut',
        'Universidad de la Rioja',
        'Computational Cardiology Lab',
        'Charité – Universitätsmedizin Berlin',
      ]),
    );
    expect(orgs.some((o) => /per Region/.test(o))).toBe(false);
  });
});

describe('bodies named after a policy or a project, and terms of office', () => {
  it('"the EHDS Board" is an organisation; "the future EHDS Board", "EDITH Community meetings" none', async () => {
    const seed = await draftOf(
      [
        'Answer',
        '',
        'DG SANTE is preparing guidelines with the Member States in the EHDS Board, said Dr Ana Costa. The EDITH Community meetings help.',
        'The brief asks for a seat for regional hubs in the future EHDS Board.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['EHDS Board']);
  });

  it('a Presidency "during" or "under" which something happened is no organisation; a secretariat is one', async () => {
    const seed = await draftOf(
      [
        'Answer',
        '',
        'At a forum held during Poland’s Council Presidency, Dr Ana Costa spoke. EPFL is funded by the Swiss State Secretariat for Education, Research and Innovation, SERI.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual([
      'Swiss State Secretariat for Education, Research and Innovation',
    ]);
  });
});

describe('governments and ministers', () => {
  it('"the Government of the Republic of Lithuania" is an organisation, "the Regional Government" none; "Minister of Health X" is a person', async () => {
    const seed = await draftOf(
      [
        'News',
        '',
        'VILNIUS, 5 March 2026. Minister of Health Dalia Vaitkutė-Morkūnienė signed the Manifesto yesterday.',
        'The roadmap was adopted by the Government of the Republic of Lithuania. It was signed at the seat of the Regional Government.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['Government of the Republic of Lithuania']);
    expect(seed.names('person:')).toEqual(['Dalia Vaitkutė-Morkūnienė']);
  });
});

// (a call for abstracts, blind round 51)
describe('"and" after a name’s first word', () => {
  it('joins two words of things before a head ("Modelling and Simulation Office"), not two companies', async () => {
    const seed = await draftOf(
      [
        'News',
        '',
        'BRUSSELS, 5 March 2026. Dr Nadia Oyelaran-Beck, head of the Modelling and Simulation Office at the Danish Agency for Medical Evidence, spoke. Siemens and Philips Foundation also joined.',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('Modelling and Simulation Office');
    expect(orgs).toContain('Philips Foundation');
    expect(orgs).not.toContain('Siemens and Philips Foundation');
  });
});

// (a spin-off's funding release, blind round 49)
describe('a boilerplate heading "About X"', () => {
  it('names X, without "About"', async () => {
    const seed = await draftOf(
      [
        'News',
        '',
        'BRUSSELS, 5 March 2026. Dr Ana Costa of Hedera Health Ventures said yes.',
        '',
        'About Hedera Health Ventures',
        'Hedera Health Ventures is a fund.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['Hedera Health Ventures']);
  });
});

// (a ministry joining an initiative, blind round 48)
describe('a permanent representation', () => {
  it('is named with whom it represents its country to, however it is found', async () => {
    const seed = await draftOf(
      [
        'News',
        '',
        'VILNIUS, 5 March 2026. The deal was signed at a ceremony hosted by the Permanent Representation of Lithuania to the EU. Saila Rinne came.',
        'Dr Ana Costa of the Permanent Representation of Latvia to the European Union agreed.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Permanent Representation of Lithuania to the EU',
        'Permanent Representation of Latvia to the European Union',
      ]),
    );
  });
});

// (a consortium's partner list, blind round 49)
describe('a patron’s name in quotation marks', () => {
  it('is part of an institute’s or a hospital’s name, not a quote’s words after another name', async () => {
    const seed = await draftOf(
      [
        'Partners',
        '',
        'Dr Ana Costa welcomed the partners:',
        '- Istituto Pediatrico Regionale "Santa Chiara" (IPR-SC)',
        '- Fondazione IRCCS Istituto Neurologico “Carlo Besta”',
        '',
        'The Commission said "Great Things" happen.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining([
        'Istituto Pediatrico Regionale "Santa Chiara"',
        'Fondazione IRCCS Istituto Neurologico “Carlo Besta”',
      ]),
    );
  });

  it("a conference's programme and organising committees are no organisations", async () => {
    const seed = await draftOf(
      'Abstracts are reviewed by the Scientific Programme Committee and the TWINCONF Organising Committee, chaired by Dr Ana Costa of the Nordic Twin Foundation.',
    );
    expect(seed.names('org:').filter((n) => /Committee/.test(n))).toEqual([]);
    expect(seed.names('org:')).toContain('Nordic Twin Foundation');
  });

  it('a counted kind of body is no organisation ("at least eight European Twin Validation Centres")', async () => {
    const seed = await draftOf(
      'The rules set up a network of at least eight European Twin Validation Centres, said Dr Ana Costa of the Nordic Twin Foundation.',
    );
    expect(seed.names('org:').filter((n) => /Centres/.test(n))).toEqual([]);
    expect(seed.names('org:')).toContain('Nordic Twin Foundation');
  });

  it('"General" before a word that is no role stays in a name ("Irish College of General Practitioners")', async () => {
    const seed = await draftOf(
      'Apologies: Dr Ana Costa (Irish College of General Practitioners); Dr Jan Novak (Data Protection Commission)',
    );
    expect(seed.names('org:')).toContain('Irish College of General Practitioners');
    expect(seed.names('org:')).not.toContain('Irish College');
  });

  it('a hospital\'s own Patient Council and Service Desk are no organisations; "Estonian Patients\' Council" is', async () => {
    const seed = await draftOf(
      "The code was drafted with input from the Patient Council; questions go to the Service Desk. Dr Ana Costa of the Estonian Patients' Council welcomed it.",
    );
    expect(seed.names('org:').filter((n) => /^(?:Patient Council|Service Desk)$/.test(n))).toEqual(
      [],
    );
    expect(seed.names('org:')).toContain("Estonian Patients' Council");
  });
});
