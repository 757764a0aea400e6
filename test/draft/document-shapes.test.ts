import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Documents as blind rounds 44–45 wrote them (issue 22): a quoted title after "paper," or between
// straight single quotes, and a call's list of attachments.

const { draftOf } = articleDrafter('pg-draft-document-shapes-');

const docs = (seed: { entities: { id: string; name?: unknown; kind?: unknown }[] }) =>
  seed.entities
    .filter((e) => e.id.startsWith('doc:') && e.kind !== 'ARTICLE')
    .map((e) => [e.name, e.kind]);

describe('a document the text names', () => {
  it('by a quoted title after its noun and a comma, or in straight single quotes', async () => {
    const seed = await draftOf(
      [
        'Blog',
        '',
        'Our position paper, "Co-designing the twin: patient requirements for virtual human twins", was published on 2 October 2025, said Dr Ana Costa.',
        "The Commission will take into account the report 'Digital twins in healthcare: regulatory readiness assessment', published in March 2025.",
      ].join('\n'),
    );
    expect(docs(seed)).toEqual([
      ['Co-designing the twin: patient requirements for virtual human twins', 'POLICY_BRIEF'],
      ['Digital twins in healthcare: regulatory readiness assessment', 'REPORT'],
    ]);
  });

  it('in a list of attachments: the file’s type and size are no part of it; forms are none', async () => {
    const seed = await draftOf(
      [
        'Call for experts',
        '',
        'Send the signed declaration of honour to us, said Dr Ana Costa.',
        '',
        'Documents',
        '- Terms of reference of the VHT Validation Panel (PDF, 312 KB)',
        '- Declaration of honour (DOCX, 45 KB)',
        '- Privacy statement',
      ].join('\n'),
    );
    expect(docs(seed)).toEqual([['Terms of reference of the VHT Validation Panel', 'REPORT']]);
    expect(seed.yaml).not.toMatch(/value: 312/);
  });

  it('by its name after the year it was signed: the year is no part of it', async () => {
    const seed = await draftOf(
      'Tribute\n\nShe drafted the 2016 Stockholm Declaration on In Silico Medicine, said Dr Ana Costa.\n',
    );
    expect(docs(seed)).toEqual([['Stockholm Declaration on In Silico Medicine', 'MANIFESTO']]);
  });

  // (a newsletter's reading tip, blind round 50)
  it('by its title, a comma, whose document of which kind, and its date in brackets', async () => {
    const seed = await draftOf(
      [
        'Newsletter',
        '',
        'Dr Ana Costa answers our questions.',
        '',
        'READ: Twins Need Data – Ten Asks for EHDS Implementation, EDTAH position paper (February 2026), endorsed by 41 member organisations.',
        '',
        'Health Data in Europe, as reported (2026), is not a document.',
      ].join('\n'),
    );
    expect(docs(seed).map(([name]) => name)).toEqual([
      'Twins Need Data – Ten Asks for EHDS Implementation',
    ]);
  });

  // (a consortium's kick-off news and minutes, blind rounds 49 and 28)
  it('by a deliverable’s number, before or after its title', async () => {
    const seed = await draftOf(
      [
        'Project news',
        '',
        'Dr Ana Costa said the first deliverable, the Data Management Plan (D7.1), is due in month 6.',
        '',
        'Deliverable D8.3, the Exploitation and Sustainability Plan, led to a spin-off. D4.2 "Validated multiscale kidney model, version 1" was approved. Session (D1) was held.',
      ].join('\n'),
    );
    expect(docs(seed)).toEqual(
      expect.arrayContaining([
        ['Data Management Plan', 'DELIVERABLE'],
        ['Exploitation and Sustainability Plan', 'DELIVERABLE'],
        ['Validated multiscale kidney model, version 1', 'DELIVERABLE'],
      ]),
    );
    expect(docs(seed)).toHaveLength(3);
  });
});

// Documents of blind rounds 64–66 (issue 22): a numbered law, an organisation's code, a draft
// strategy put out for comment, a strategy whose name holds a topic's words.
describe('laws, codes and draft strategies', () => {
  it('names a law with its number and a code by its title; not a faculty of law', async () => {
    const seed = await draftOf(
      'The tender follows Law 9/2017 on Public Sector Contracts, said Dr Ana Costa. Staff must follow the Meridia Responsible AI Code. She studied at the Faculty of Law.',
    );
    expect(seed.names('doc:')).toEqual([
      'Law 9/2017 on Public Sector Contracts',
      'Meridia Responsible AI Code',
    ]);
  });

  it('reads a draft strategy as a paper and a strategy named with a topic’s words', async () => {
    const seed = await draftOf(
      'Said Dr Ana Costa. Members discussed the Draft National Health Data Strategy 2026–2030. The National Health Data Strategy 2030 was adopted in June.',
    );
    expect(seed.names('doc:')).toContain('Draft National Health Data Strategy 2026–2030');
    expect(seed.names('initiative:')).toContain('National Health Data Strategy 2030');
  });
});

// An encyclopedia page's publications and references (blind rounds 66–67): author–date entries.
describe('a publication list in author–date form', () => {
  it('names the cited works, with the genre in brackets or after the title as their kind', async () => {
    const seed = await draftOf(
      [
        'Dr Ana Costa is a health policy expert.',
        '',
        'Selected publications',
        'Costa, A.; Okonkwo-Bauer, T. (2019). Trustworthy Secondary Use of Health Data: Lessons from Five Member States (white paper). Brussels: Agence Exemple.',
        '',
        'References',
        '1. European Commission (14 March 2024). "Commission launches Health Data for AI initiative". Press release IP/24/1402.',
        '2. "Organisation chart". European Commission. Retrieved 2 October 2025.',
      ].join('\n'),
    );
    const docs = Object.fromEntries(
      seed.entities.filter((e) => e.id.startsWith('doc:')).map((e) => [e.name, e.kind]),
    );
    expect(docs).toEqual({
      'Trustworthy Secondary Use of Health Data: Lessons from Five Member States': 'POLICY_BRIEF',
      'Commission launches Health Data for AI initiative': 'PRESS_RELEASE',
    });
  });
});

describe('a work attached as a file', () => {
  it('names a sentence-case title before "(PDF, …)", not a form', async () => {
    const seed = await draftOf(
      'The list and the Report on the evaluation of the first public tender (PDF, 1.2 MB) are online, said Dr Ana Costa. Applicants sign the Declaration of honour (PDF).',
    );
    expect(seed.names('doc:')).toEqual(['Report on the evaluation of the first public tender']);
  });
});
