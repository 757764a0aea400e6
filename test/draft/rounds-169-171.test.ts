import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of blind rounds 169–171 (issue 22), each read by a general rule.

const { draftOf } = articleDrafter('pg-draft-rounds-169-');

describe('a notified body’s certification news', () => {
  const NEWS = [
    'Cologne, 10 February 2026 – Veritas Medica has issued a certificate to Charles University.',
    '',
    'Certificate at a glance',
    'Classification\tClass IIb (Annex VIII, Rule 11)',
    'Valid until\t05.02.2031',
    '',
    'Press contact',
    'Jana Wilmsen, Corporate Communications',
    'presse@veritas-medica.example',
  ].join('\n');

  it('reads no person from a class’s numeral ("Class IIb (Annex VIII, Rule 11)")', async () => {
    const seed = await draftOf(NEWS);
    expect(seed.names('person:')).not.toContain('Class IIb');
    expect(seed.names('org:')).not.toContain('Annex VIII');
  });

  it('reads the name under a "Press contact" heading as a person', async () => {
    const seed = await draftOf(NEWS);
    expect(seed.names('person:')).toContain('Jana Wilmsen');
  });

  it('still reads no office under the heading as a person', async () => {
    const seed = await draftOf(NEWS.replace('Jana Wilmsen, Corporate', 'Press Office, Corporate'));
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('a conference’s moderators page', () => {
  const PAGE = [
    'Meet the moderators',
    '',
    'PROF. TIAGO MENDES ALBUQUERQUE',
    'Professor of Biomedical Engineering, Charles University | Clinical Lead, Coimbra Digital Twin Lab',
    '',
    'Tiago trained as an interventional cardiologist. He led the clinical validation work.',
    '',
    'KATARZYNA (KASIA) WRÓBLEWSKA',
    'Health & Tech Editor, Brussels Health Ledger',
    '',
    'Kasia has covered EU health policy from Brussels since 2017. She hosts a podcast.',
    '',
    'DR. AMADOU DIALLO-RENARD',
    'Chief Medical Officer, Synthelia Bio, Lyon',
    '',
    'Amadou joined Synthelia Bio, a Lyon-based start-up building virtual control arms, in 2023. He is a paediatrician.',
    '',
    'CURRENT POSITIONS',
    'Professor of Cardiology, Charles University',
  ].join('\n');

  it('reads a profile’s heading in capitals over its post line as the person, as names are written', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining([
        'Tiago Mendes Albuquerque',
        'Katarzyna Wróblewska',
        'Amadou Diallo-Renard',
      ]),
    );
    expect(seed.names('person:')).not.toContain('Current Positions');
  });

  it('still reads no person from a partner’s heading that the text does not name again', async () => {
    const seed = await draftOf(
      'Charles University coordinates the project.\n\nFRAUNHOFER MEVIS\nPartner, Bremen, Germany\n\nThe institute builds imaging software.\n',
    );
    expect(seed.names('person:')).toEqual([]);
  });

  it('reads "Post, Name" as the body the text describes as a start-up elsewhere', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('person:')).not.toContain('Synthelia Bio');
    expect(seed.names('org:')).toContain('Synthelia Bio');
  });
});

describe('an embassy’s press release', () => {
  const RELEASE = [
    'Netherlands Worldwide > Greece > News',
    '',
    'Embassy of the Kingdom of the Netherlands in Athens',
    'Πρεσβεία του Βασιλείου των Κάτω Χωρών στην Αθήνα',
    '',
    'PRESS RELEASE',
    'For immediate release',
    '',
    'Netherlands and Greece agree joint work plan on health data',
    '',
    'ATHENS, 12 March 2026 – A Dutch delegation met Charles University and held a bilateral meeting with Secretary General for Digital Health Dimitris Papanastasiou.',
    '',
    'Press contact',
    'Embassy of the Kingdom of the Netherlands, Vasileos Konstantinou 5–7, 106 74 Athens',
  ].join('\n');

  it('takes the body named above the label as the publisher, and the line under the labels as the title', async () => {
    const seed = await draftOf(RELEASE);
    expect(seed.source.name).toBe('Netherlands and Greece agree joint work plan on health data');
    expect(seed.source.publisher).toBe('Embassy of the Kingdom of the Netherlands in Athens');
  });

  it('reads the body without its city as the one named with it, and no person from a street', async () => {
    const seed = await draftOf(RELEASE);
    expect(seed.names('org:')).toContain('Embassy of the Kingdom of the Netherlands in Athens');
    expect(seed.names('org:')).not.toContain('Embassy of the Kingdom of the Netherlands');
    expect(seed.names('person:')).not.toContain('Vasileos Konstantinou');
  });

  it('reads the person after a post and its portfolio', async () => {
    const seed = await draftOf(RELEASE);
    expect(seed.names('person:')).toContain('Dimitris Papanastasiou');
  });
});

describe('a ministry’s consultation launch', () => {
  it('reads a coalition introduced with an acronym of its own language', async () => {
    const seed = await draftOf(
      'Ljubljana – Charles University welcomed the draft. Marjeta Hribar, president of the Coalition of Patient Organisations of Slovenia (KOPS), called the deadline "too short". KOPS will hold its own hearings.',
    );
    expect(seed.names('org:')).toContain('Coalition of Patient Organisations of Slovenia');
  });
});

describe('a consultation launch with its regional workshops', () => {
  const RELEASE = [
    'GOV.SI  |  Republic of Slovenia  |  Ministry of Health',
    'Home > Ministry of Health > News > 2026',
    '',
    'This site uses cookies. [Accept all] [Settings]',
    '',
    'Public consultation opens on the draft Digital Health Strategy',
    '',
    'Press release  |  14 January 2026  |  Ministry of Health',
    '',
    'Ljubljana – Charles University today opened the public consultation. The draft was presented this morning at a launch event at the Brdo Congress Centre.',
    '',
    'Regional consultation workshops',
    '',
    'Date\tCity\tVenue',
    '28 January 2026\tMaribor\tUniversity Medical Centre Maribor',
    '4 February 2026\tKoper\tFaculty of Health Sciences',
  ].join('\n');

  it('takes no cookie banner for the title', async () => {
    const seed = await draftOf(RELEASE);
    expect(seed.source.name).toBe('Public consultation opens on the draft Digital Health Strategy');
  });

  it('dates what happened "this morning" on the release’s day', async () => {
    const seed = await draftOf(RELEASE);
    const launch = seed.entities.find((e) => e.id.startsWith('event:') && e.kind === 'LAUNCH');
    expect(launch?.date).toBe('2026-01-14');
  });

  it('reads each row of a table under a heading of events as one event of that kind', async () => {
    const seed = await draftOf(RELEASE);
    expect(
      seed.entities.filter((e) => e.id.startsWith('event:')).map((e) => [e.name, e.date]),
    ).toEqual(
      expect.arrayContaining([
        ['Regional consultation workshop in Maribor', '2026-01-28'],
        ['Regional consultation workshop in Koper', '2026-02-04'],
      ]),
    );
  });
});

describe('a scientific advice news page', () => {
  it('reads an acronym then its full name in brackets with "by" inside the name', async () => {
    const seed = await draftOf(
      'Charles University welcomed the opinion, informed by a review prepared by SAPEA (Science Advice for Policy by European Academies). SAPEA convened 21 experts.',
    );
    expect(seed.names('org:')).toContain('Science Advice for Policy by European Academies');
    expect(seed.names('org:')).not.toContain('European Academies');
  });
});

describe('a document listed with its series number', () => {
  it('names it by its title, the series number its alias', async () => {
    const seed = await draftOf(
      'Charles University welcomed the opinion.\n\nDownloads\n- Scientific Opinion No. 19: Virtual human twins in healthcare: from promise to practice (PDF, 2.1 MB)\n',
    );
    const doc = seed.entities.find(
      (e) => e.name === 'Virtual human twins in healthcare: from promise to practice',
    );
    expect(doc?.aliases).toEqual(['Scientific Opinion No. 19']);
  });
});

describe('an alumni award speech', () => {
  it('reads what a person founded as an organisation', async () => {
    const seed = await draftOf(
      'A word about Kwame. Dr Kwame Mensah-Bakker, a graduate of Charles University, founded Pulsar Diagnostics in Rotterdam in 2018 with two colleagues.',
    );
    expect(seed.names('org:')).toContain('Pulsar Diagnostics');
  });
});

describe('an access call’s results table', () => {
  it('reads a "Lead user" column as people, at the home institution of their row', async () => {
    const seed = await draftOf(
      [
        'Selected projects',
        '',
        'Ref.\tAcronym\tLead user\tHome institution\tCountry',
        'TA3-04\tCARDIOMIX\tDr. Aoife Brennan\tUniversity College Cork\tIE',
        'TA3-15\tEPI-TWIN\tDr. Julien Mercier\tCharles University\tCZ',
      ].join('\n'),
    );
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({
        from: 'person:aoife-brennan',
        type: 'HOLDS_ROLE',
        to: 'org:university-college-cork',
      }),
    );
  });
});
