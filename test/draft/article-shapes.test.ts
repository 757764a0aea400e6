import { describe, expect, it } from 'vitest';
import { findPageDate } from '../../src/draft/page-date.js';
import { articleDrafter } from './draft-of.js';

// Shapes of articles the draft was not first built on (issue 22, round 4 of its benchmark): each
// text is small and made up here; every draft must also validate as written.

const { draftOf, role } = articleDrafter('pg-draft-shapes-');

describe('the page and its events', () => {
  it('takes a date line under the title as the page date, a Published line before an updated one', () => {
    expect(findPageDate('A title\n\n14 November 2025\n\nBody.')).toBe('2025-11-14');
    expect(findPageDate('T\nLast updated: 2 May 2026\nPublished 1 March 2026\nx')).toBe(
      '2026-03-01',
    );
    expect(findPageDate('T\nThe 14 November 2025 meeting was long.\n')).toBeUndefined();
    expect(findPageDate('T\nNews | Published 14 April 2026 | Last updated 16 April 2026\n')).toBe(
      '2026-04-14',
    );
  });

  it('reads an opinion page’s date under its byline, with a short weekday and a time zone', () => {
    const page = [
      'HEALTH POLICY EUROPE',
      'Opinion | Digital health',
      'Hospitals cannot build the Health Data Space on goodwill alone',
      'Brussels has written ambitious rules, argue an MEP and a hospital director.',
      'By Inês Carvalho Mendes and Rui Tavares Lobo',
      'Wed 18 Mar 2026, 07:30 CET',
      '',
      'Yesterday in Lisbon, ministers met.',
    ].join('\n');
    expect(findPageDate(page)).toBe('2026-03-18');
    expect(findPageDate(page.replace('By Inês', 'With Inês'))).toBeUndefined();
  });

  it('names an event with what follows its head, dates it from the page date line', async () => {
    const seed = await draftOf(
      'Testbeds, Graz forum concludes\n\n20 May 2025\n\nMore than 300 people met in Graz on 18–19 May for the second Central Forum on Clinical AI Testing. Dr Anna Berger, Director of the Graz Institute for Testing, opened it.\n',
    );
    const event = seed.entities.find((e) => e.id.startsWith('event:'))!;
    expect(event).toMatchObject({
      name: 'Central Forum on Clinical AI Testing',
      date: '2025-05-18',
      endDate: '2025-05-19',
    });
    expect(seed.source.published).toBe('2025-05-20');
  });

  it('drafts each event of a newsletter, with its host, speakers and quotes', async () => {
    const seed = await draftOf(
      [
        'Twin notes, spring issue',
        '',
        'The Nordic Twin Network held its first clinical workshop in Oslo on 3 February 2026. Dr Kari Nordby, Director of the Oslo Institute for Digital Medicine, said: "We finally have hospitals and modellers in one room."',
        '',
        'A webinar on 10 March 2026 followed, organised by the Nordic Twin Network. Professor Lars Eriksson of Uppsala University presented results. "Validation is the bottleneck," Eriksson said.',
      ].join('\n'),
    );
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => [e.date, e.kind])).toEqual([
      ['2026-02-03', 'WORKSHOP'],
      ['2026-03-10', 'WEBINAR'],
    ]);
    const at = (person: string) =>
      seed.relationships.filter((r) => r.from === person && r.type === 'SPOKE_AT').map((r) => r.to);
    expect(at('person:kari-nordby')).toEqual([events[0]!.id]);
    expect(at('person:lars-eriksson')).toEqual([events[1]!.id]);
    expect(role(seed, 'person:lars-eriksson', 'org:uppsala-university')).toBeDefined();
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({
        from: events[1]!.id,
        type: 'HOSTED_BY',
        to: 'org:nordic-twin-network',
      }),
    );
  });

  it('names a launch after what was inaugurated, and a webinar after its quoted title', async () => {
    const seed = await draftOf(
      [
        'EINDHOVEN, 9 June 2026 – Helvion Twin Technologies B.V. today inaugurated the Cardiac Twin Testbed Europe (CTTE), a shared facility.',
        '"For the first time, a cardiologist can trust the answer," said Dr Sanne de Wit, co-founder and Chief Executive Officer of Helvion.',
        'On 4 March 2026, 310 people registered for "Regulating the Twin: What the AI Act Means", a webinar hosted by Helvion.',
      ].join('\n'),
    );
    expect(seed.names('event:').sort()).toEqual([
      'Inauguration of the Cardiac Twin Testbed Europe',
      'Regulating the Twin: What the AI Act Means',
    ]);
    expect(role(seed, 'person:sanne-de-wit', 'org:helvion-twin-technologies-b-v')).toMatchObject({
      title: 'co-founder and Chief Executive Officer',
    });
  });

  it('does not propose the venue as an organisation', async () => {
    const seed = await draftOf(
      'Tartu, 3 June 2026. The Baltic Data Alliance today hosted a workshop at the Riverside Conference Centre. Around 60 people attended.\n',
    );
    expect(seed.entities.find((e) => e.id.startsWith('event:'))).toMatchObject({
      venue: 'Riverside Conference Centre',
    });
    expect(seed.names('org:')).toEqual(['Baltic Data Alliance']);
  });
});

describe('documents', () => {
  it('takes a quoted title in Title Case when a document noun follows, not the names inside it', async () => {
    const seed = await draftOf(
      'Hospitals are not ready, says study\n\nTheir answer, in the 84-page "Trust by Design: Hospital Data Readiness for Twins", is mostly no. The report, published by the European Association of Data Stewards, surveyed 140 hospitals.\n',
    );
    expect(seed.names('doc:').filter((n) => n.startsWith('Trust'))).toEqual([
      'Trust by Design: Hospital Data Readiness for Twins',
    ]);
    expect(seed.names('org:')).toEqual(['European Association of Data Stewards']);
  });

  it('reads a signed Call as a text and a programme line "Report launch – “…”" as a report', async () => {
    const seed = await draftOf(
      'Its outcome was the Graz Call for Shared Testbeds, already signed by 54 organisations.\n\n11:40  Report launch – "Twins in the Clinic 2026: Adoption in Hospitals"\n',
    );
    expect(seed.entities).toContainEqual(
      expect.objectContaining({ name: 'Graz Call for Shared Testbeds', kind: 'MANIFESTO' }),
    );
    expect(seed.entities).toContainEqual(
      expect.objectContaining({
        name: 'Twins in the Clinic 2026: Adoption in Hospitals',
        kind: 'REPORT',
      }),
    );
  });
});

describe('a press release about a paper presented last week', () => {
  it('dates "last week" to the month, refers "the paper" back, and finds companies by what they are', async () => {
    const seed = await draftOf(
      [
        'UTRECHT, 9 February 2026 – The European Infrastructure for In Silico Medicine (EISIM) today published “Oncology Twins 2030: A Roadmap for Clinical Deployment”, a position paper presented at its annual meeting held last week in Lyon.',
        'Based on interviews with more than 120 oncologists, the paper sets out 27 recommendations.',
        'The work was done with Danish AI start-up Synthelix. Synthelix co-founder Maja Holm said the models are ready.',
      ].join('\n'),
    );
    expect(seed.entities.find((e) => e.id.startsWith('event:'))).toMatchObject({ date: '2026-02' });
    const paper = seed.entities.find((e) => e.id.startsWith('doc:') && e.id !== seed.source.id)!;
    expect(paper.quantities).toEqual([
      { counts: 'oncologists', value: 120, qualifier: 'more than' },
      { counts: 'recommendations', value: 27 },
    ]);
    expect(role(seed, 'person:maja-holm', 'org:synthelix')).toMatchObject({ title: 'co-founder' });
  });
});

describe('interviews', () => {
  it('takes the positions in a Q&A interview’s answers as the interviewee’s statements', async () => {
    const seed = await draftOf(
      [
        'Twins on the ward: an interview with Ilse Vandermeulen',
        '',
        'Professor Ilse Vandermeulen is Chief Medical Information Officer at Scheldeland University Hospital. She wrote the report with Kacper Zielinski of Medisim Polska sp. z o.o.',
        '',
        'Q: What did you find?',
        '',
        'We received answers from 184 hospitals in 22 countries. The data space will help, but only if hospitals invest now in the formats it requires.',
        '',
        'Q: Who should pay for that?',
        '',
        'Not hospitals alone. Kacper likes to say that "a twin is only as good as the hospital that feeds it", and he is right.',
      ].join('\n'),
    );
    const made = (person: string) =>
      seed.relationships
        .filter((r) => r.type === 'MADE_BY' && r.to === person)
        .map((r) => seed.entities.find((e) => e.id === r.from)!.text);
    expect(made('person:ilse-vandermeulen')).toEqual([
      'The data space will help, but only if hospitals invest now in the formats it requires.',
    ]);
    expect(made('person:kacper-zielinski')).toEqual([
      'a twin is only as good as the hospital that feeds it',
    ]);
    expect(seed.names('org:').sort()).toEqual([
      'Medisim Polska sp. z o.o.',
      'Scheldeland University Hospital',
    ]);
  });
});

describe('speeches', () => {
  it('takes the positions of a speech as its speaker’s statements, and the speaker’s role', async () => {
    const seed = await draftOf(
      [
        'Speech by Aurelio Montanari, Deputy Director-General of the Nordic Data Agency, at the opening of the Twin Hub',
        '',
        'Lisbon, 12 November 2026',
        '',
        'Thank you for welcoming me to Lisbon. The hub connects hospitals in three countries.',
        'Trust is not a by-product of technology; it has to be designed in from the start.',
      ].join('\n'),
    );
    const statements = seed.entities.filter((e) => e.id.startsWith('statement:'));
    expect(statements.map((e) => e.text)).toEqual([
      'Trust is not a by-product of technology; it has to be designed in from the start.',
    ]);
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({
        from: statements[0]!.id,
        type: 'MADE_BY',
        to: 'person:aurelio-montanari',
      }),
    );
    expect(role(seed, 'person:aurelio-montanari', 'org:nordic-data-agency')).toMatchObject({
      title: 'Deputy Director-General',
    });
  });
});

describe('people, organisations and their roles', () => {
  it('keeps the full name when the later mention is the surname, and its quote', async () => {
    const seed = await draftOf(
      'Marta Oliveira-Dahl has spent a decade on heart models and is now Scientific Director of the Lisbon Institute for Computational Medicine.\n\n"The models are ahead of the plumbing. Most hospitals cannot export data," Oliveira-Dahl told us.\n',
    );
    expect(seed.names('person:')).toEqual(['Marta Oliveira-Dahl']);
    expect(
      role(seed, 'person:marta-oliveira-dahl', 'org:lisbon-institute-for-computational-medicine'),
    ).toMatchObject({
      title: 'Scientific Director',
    });
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({ type: 'MADE_BY', to: 'person:marta-oliveira-dahl' }),
    );
  });

  it('reads roles written before the name and a company named again without its legal form', async () => {
    const seed = await draftOf(
      [
        'The grant goes to Oncosim SAS and the Hanseatic Institute for Clinical AI (HICAI).',
        "Oncosim's chief executive, Dr Rafael Iturbe, said the engine would be open source.",
        'HICAI president Mirela Ionescu welcomed the grant.',
        'The Tagus University Clinic contributed a case study. Its chief medical officer, Marta Lourenco, said it saved months.',
      ].join('\n'),
    );
    expect(role(seed, 'person:rafael-iturbe', 'org:oncosim-sas')).toMatchObject({
      title: 'chief executive',
    });
    expect(
      role(seed, 'person:mirela-ionescu', 'org:hanseatic-institute-for-clinical-ai'),
    ).toMatchObject({
      title: 'president',
    });
    expect(role(seed, 'person:marta-lourenco', 'org:tagus-university-clinic')).toBeDefined();
    expect(seed.names('org:').sort()).toEqual([
      'Hanseatic Institute for Clinical AI',
      'Oncosim SAS',
      'Tagus University Clinic',
    ]);
  });

  it('reads "the Executive Board of X" as X, a short form of a named hospital, and no "If the …" organisation', async () => {
    const seed = await draftOf(
      [
        'Professor Ingrid Lemmens, Chair of the Executive Board of Rhine University Medical Centre, opened the centre with staff of the Hospital Universitario de Sao Vicente.',
        'Dr Tomas Ferreira, Head of Cardiology at Sao Vicente, told us: "If the Commission pays, hospitals will follow."',
      ].join('\n'),
    );
    expect(
      role(seed, 'person:ingrid-lemmens', 'org:rhine-university-medical-centre'),
    ).toMatchObject({
      title: 'Chair of the Executive Board',
    });
    expect(
      role(seed, 'person:tomas-ferreira', 'org:hospital-universitario-de-sao-vicente'),
    ).toBeDefined();
    expect(seed.names('person:').sort()).toEqual(['Ingrid Lemmens', 'Tomas Ferreira']);
    expect(seed.names('org:').some((n) => n.startsWith('If'))).toBe(false);
  });
});
