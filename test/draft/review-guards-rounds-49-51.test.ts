import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A reviewer's cases against the rules added after blind rounds 46–51 (issue 22): each was
// confirmed wrong before its fix.

const { draftOf } = articleDrafter('pg-draft-review-49-51-');
const news = (...lines: string[]) => ['News', '', ...lines].join('\n');

describe('guards of the rounds 46–51 rules: events', () => {
  it('capitals in a sentence with its own event noun, or a clock’s "PM", name no earlier event', async () => {
    const rare = await draftOf(
      'Digital twins conference\n\nBRUSSELS, 3 March 2026 – The European Conference on Rare Diseases took place in Brussels on 2 March 2026, said Dr Ana Costa.\n\nOn 12 May 2026 the EC will host a workshop on the European Health Data Space.\n',
    );
    expect(events(rare).map((e) => e.name)).not.toContain('European Conference');
    const webinar = await draftOf(
      'Consortium news\n\nThe third Project Meeting of the TWINCARE consortium took place in Porto on 12 March 2026, hosted by the University of Porto, said Dr Ana Costa.\n\nOur next webinar on digital twins is on 15 April 2026 at 2 PM CET, with speakers from EIT Health.\n',
    );
    expect(events(webinar).find((e) => e.date === '2026-04-15')?.name ?? '').not.toBe(
      'Project Meeting',
    );
  });

  it('a report’s edition is no edition of the event named before', async () => {
    const seed = await draftOf(
      news(
        'BRUSSELS, 3 March 2026 – The EHTEL Symposium took place in Vienna on 4 December 2025, said Dr Ana Costa. The 2026 edition of the State of the Digital Decade report will be published in June 2026.',
      ),
    );
    expect(events(seed).map((e) => e.name)).not.toContain('EHTEL Symposium 2026');
  });

  it('a host names the event when "the project’s" is not its event', async () => {
    const seed = await draftOf(
      news(
        'Last week the PAEDTWIN project consortium travelled to Lisbon. On 2 March 2026, the project’s coordinator Dr Ana Costa gave a keynote at a conference hosted by EIT Health.',
      ),
    );
    expect(events(seed).map((e) => e.name)).not.toContain('PAEDTWIN conference');
  });

  it('a month-only event in another place is another event', async () => {
    const seed = await draftOf(
      news(
        'EIT Health held its Info Day in Brussels on 2 March 2026, said Dr Ana Costa. In March 2026, the European Commission also hosted the EHDS Stakeholder Forum.',
      ),
    );
    expect(events(seed).map((e) => e.date)).toEqual(
      expect.arrayContaining(['2026-03-02', '2026-03']),
    );
  });

  it('a contract’s signing, and "the signing procedure", are no event', async () => {
    const seed = await draftOf(
      news(
        'HaDEA awarded the contract to Capgemini, said Dr Ana Costa. The contract was signed on 12 February 2026. Any questions about the signing procedure should be sent to HaDEA.',
      ),
    );
    expect(events(seed).map((e) => e.name)).not.toContain('Signing of the contract');
  });

  it('a numbered session before a date in figures is no range', async () => {
    const seed = await draftOf(
      news(
        'Dr Ana Costa presents the series.',
        '',
        'Webinar 3 - 12/03/2026: AI Act obligations for hospitals.',
      ),
    );
    expect(events(seed).map((e) => e.date)).not.toContain('2026-03-03');
  });
});

describe('guards of the rounds 46–51 rules: names and documents', () => {
  it('a citation after an opening clause names no document', async () => {
    const seed = await draftOf(
      news(
        'Dr Ana Costa spoke.',
        '',
        'For example, the OECD report (2025) found that only half of countries link their data. Last year, its annual report (2025) said so too.',
      ),
    );
    expect(seed.names('doc:').filter((n) => /example|Last year/i.test(n))).toEqual([]);
  });

  it('a country’s adjective gives no generic alias, and no country to a think tank’s name', async () => {
    const seed = await draftOf(
      news(
        'The Spanish Ministry of Health and the Italian Ministry of Health signed a letter, said Dr Ana Costa. The German Marshall Fund hosted a roundtable.',
      ),
    );
    const spanish = seed.entities.find((e) => e.name === 'Spanish Ministry of Health');
    expect(spanish?.aliases ?? []).not.toContain('Ministry of Health');
    expect(seed.entities.find((e) => e.name === 'German Marshall Fund')?.country).toBeUndefined();
  });

  it('an acronym and its full name after "projects" is a project only when it is one of them', async () => {
    const seed = await draftOf(
      news(
        'Results of the projects were presented at MIE (Medical Informatics Europe), said Dr Ana Costa. The projects will be co-funded by CEF (Connecting Europe Facility).',
      ),
    );
    expect(seed.entities.filter((e) => e.id.startsWith('project:'))).toEqual([]);
  });

  it('a prize’s name with an organisation in a list is no person', async () => {
    const seed = await draftOf(
      news(
        'Dr Ana Costa announced the winners.',
        '',
        '- Best Data Steward, Karolinska Institute',
        '- Rising Star Award, University of Porto',
        '- Lifetime Achievement, European Society of Cardiology',
      ),
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });

  it('a kicker over the body’s first sentence is the title', async () => {
    const seed = await draftOf(
      'EHDS NEWS\nHealth data access bodies are being set up across Europe, said Dr Ana Costa.\n',
    );
    expect(seed.source.name).toBe('EHDS NEWS');
  });
});
