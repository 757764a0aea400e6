import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Counter-examples a reviewer wrote against the rules of blind rounds 139–141 (issue 22): each
// failed on a first version of its rule and is kept here so that it stays fixed.

const { draftOf, role } = articleDrafter('pg-draft-review-139-');

const ids = (seed: Awaited<ReturnType<typeof draftOf>>, prefix: string) =>
  seed.entities.filter((e) => e.id.startsWith(prefix)).map((e) => e.id);

describe('an office-holder’s agenda', () => {
  it('keeps the organisations the appointments meet ("with the …", "representatives of …")', async () => {
    const seed = await draftOf(
      'Agenda of Minister Valentina Prevolnik Rupel\nPublic schedule of the Minister of Health, week 11.\n\nTuesday, 10 March 2026 – Ljubljana\nTime\tAppointment\tLocation\n09:00\tMeeting with the Medical Chamber of Slovenia\tMinistry of Health\n11:00\tVisit to the University Medical Centre Ljubljana\tZaloška cesta 2, Ljubljana\n14:00\tMeeting with representatives of Lek d.d.\tMinistry of Health\n16:00\tCall with the European Medicines Agency\tVideo call',
    );
    expect(ids(seed, 'org:')).toEqual(
      expect.arrayContaining(['org:medical-chamber-of-slovenia', 'org:lek-d-d']),
    );
  });

  it('reads a day in figures day first ("Monday 02.03.2026")', async () => {
    const seed = await draftOf(
      'Agenda of the Minister of Health of Belgium, Frank Vandenbroucke\nPublic agenda, week 10.\n\nMonday 02.03.2026 – Brussels\nTime\tAppointment\tLocation\n10:00\tMeeting with Dr Pedro Facon, Director-General of the RIZIV-INAMI\tRue de la Loi 23\n14:00\tCall with Commissioner Olivér Várhelyi\tVideo call',
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:')).map((e) => e.date)).toEqual([
      '2026-03-02',
      '2026-03-02',
    ]);
  });

  it('reads no appointments from a meeting’s own agenda', async () => {
    const seed = await draftOf(
      'Agenda – 14th meeting of the eHealth Network\nBrussels, 18 March 2026\n\nWednesday, 18 March 2026 – Brussels\nTime\tSubject\tLocation\n09:30\tAdoption of the agenda\tAlbert Borschette Centre\n10:00\tExchange of views with the Joint Action Xt-EHR on the European EHR exchange format\tAlbert Borschette Centre\n11:30\tPresentation by Sciensano on the MyHealth@EU roll-out\tAlbert Borschette Centre\n14:00\tMeeting with the EHDS Board observers, chaired by Stefano Piazza\tAlbert Borschette Centre',
    );
    expect(seed.names('event:').filter((n) => /^(?:Meeting|Exchange) with/.test(n))).toEqual([]);
  });
});

describe('a vote’s counts', () => {
  it('go on no paper the sentence before merely cites', async () => {
    const seed = await draftOf(
      'Parliament calls for action on mental health\nStrasbourg, 12 December 2025\n\nMEPs today adopted a resolution on mental health in the digital world of work. The text builds on the report "Health at a Glance: Europe 2024" published by the OECD. It was adopted with 420 votes in favour, 80 against and 30 abstentions.\n\nRapporteur Maria Walsh said the vote sent a strong signal.',
    );
    const doc = seed.entities.find((e) => e.id.startsWith('doc:health-at-a-glance'));
    expect(doc?.quantities).toBeUndefined();
  });
});

describe('an opinion', () => {
  it('is no document after "popular", "dominant" or "expert" opinion', async () => {
    const seed = await draftOf(
      'Who really holds Europe\'s health data?\nCopenhagen, 11 March 2026\n\nContrary to popular opinion, "Big Tech" is not the main holder of patient records, says Henrik Lund of the Danish Health Data Authority. Against the dominant opinion, "Open Data First" remains the motto of his team, and the expert opinion, "Hospitals Own the Risk", is contested.',
    );
    expect(seed.names('doc:')).toEqual([]);
  });
});

describe('a table of documents', () => {
  it('names no document from a row that is a kind of documents', async () => {
    const seed = await draftOf(
      'Access to documents: annual statistics of the European Medicines Agency\nAmsterdam, 2 March 2026\n\nEMA received 1,204 requests in 2025, according to Executive Director Emer Cooke.\n\nDocument\tRequests\tShare\nClinical study reports\t512\t42%\nPeriodic safety update reports\t230\t19%\nInspection reports\t118\t10%\nOther documents\t344\t29%',
    );
    expect(seed.names('doc:')).toEqual([]);
  });
});

describe('a table of people', () => {
  it('keeps bodies whose name ends in small words after a connector', async () => {
    const seed = await draftOf(
      'Members of the Joint Action Xt-EHR Steering Committee\nBrussels, 10 March 2026\n\nName\tOrganisation\tCountry\nHela Ghariani\tDélégation au numérique en santé\tFrance\nAnne Lebrun\tAgence du numérique en santé\tFrance\nLionel Collet\tHaute Autorité de santé\tFrance\nGiovanna Rossi\tIstituto Superiore di Sanità\tItaly\nTeresa Martins\tServiços Partilhados do Ministério da Saúde\tPortugal',
    );
    expect(role(seed, 'person:lionel-collet', 'org:haute-autorite')).toBeDefined();
  });
});

describe('a letter’s closing formula', () => {
  it('signs no person from a greeting', async () => {
    const seed = await draftOf(
      "Season's greetings from the Digital Health Society\nBrussels, 19 December 2025\n\nThank you to all our members, partners and volunteers for an extraordinary year. The Digital Health Society welcomed 40 new members and launched three task forces.\n\nWarm wishes,\nHappy Holidays\nDigital Health Society Team",
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('a heading’s event over its byline', () => {
  it('stays when the body’s earlier meeting is another body’s', async () => {
    const seed = await draftOf(
      'GENERAL ASSEMBLY 2026 OF EUROPEAN HOSPITAL FEDERATION\nLisbon, 12 May 2026 | Posted by Rita Santos | 4 min read\n\nDelegates from 30 countries are gathering for the assembly, hosted by the Portuguese Association of Hospital Managers. Registration remains open until noon.\n\nSeparately, the Annual General Meeting of the Portuguese Society of Health Informatics took place on 5 May 2026 in Lisbon, where members elected Dr Nuno Silva as president.',
    );
    expect(seed.entities.filter((e) => e.id.startsWith('event:')).map((e) => e.date)).toContain(
      '2026-05-12',
    );
  });
});
