import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Regressions a reviewer found in the rules added after blind rounds 157–159 (issue 22), each
// cut down to a minimal text: every test fails on the tree before the review's fixes.

const { draftOf } = articleDrafter('pg-draft-review-157-');

type Draft = Awaited<ReturnType<typeof draftOf>>;
const roles = (seed: Draft) =>
  seed.relationships
    .filter((r) => r.type === 'HOLDS_ROLE')
    .map((r) => `${r.from} ${String(r.title ?? '')} @ ${r.to}`);
const statements = (seed: Draft) => seed.entities.filter((e) => e.id.startsWith('statement:'));

describe('numbered meetings under a heading', () => {
  it('names no other body’s meeting after the heading’s body', async () => {
    const seed = await draftOf(
      '28th MEETING OF THE eHEALTH NETWORK\n\nDate: 27 November 2025\n\nThe 5th meeting (2 October 2025) of the Open Twin Initiative General Assembly endorsed the guidelines of Charles University.\n',
    );
    const events = seed.names('event:');
    expect(events).toContain('28th meeting of the eHealth Network');
    expect(events.filter((e) => /^5th/.test(e))).toEqual(['5th meeting']);
  });

  it('leaves a place or a date after the heading’s body out of its name', async () => {
    const seed = await draftOf(
      'MINUTES\n\n12th Meeting of the Steering Board, Brussels\n\nDate: 4 March 2026\n\nPresent: Dr Agnieszka Kowalczyk (Chair)\n',
    );
    expect(seed.names('event:')).toEqual(['12th meeting of the Steering Board']);
  });
});

describe('people', () => {
  it('reads no person from a venue over a bare time', async () => {
    const seed = await draftOf(
      'Getting there with Charles University\n\nPalais Berlaymont\n10:45\n\nVilla Empain\n19:30\n',
    );
    expect(seed.names('person:')).toEqual([]);
  });

  it('keeps a person before a unit’s code in brackets', async () => {
    const seed = await draftOf('This guidance was drafted by Aigerim Nurlanovna (SANTE/B3).');
    expect(seed.names('person:')).toEqual(['Aigerim Nurlanovna']);
  });

  it('keeps a person after "via" in small letters', async () => {
    const seed = await draftOf(
      'Questions on the call may be sent via Dr Elena Rossi, the programme officer of Charles University.',
    );
    expect(seed.names('person:')).toEqual(['Elena Rossi']);
  });
});

describe('statements, events and documents', () => {
  it('keeps what someone "said of the article" as a statement', async () => {
    const seed = await draftOf(
      'Asked about the story, Agnieszka Kowalczyk said of the article "This is simply not true, and we will publish the data."',
    );
    expect(statements(seed)).toHaveLength(1);
  });

  it('keeps an event hosted on the dateline’s day, though it recurs every year', async () => {
    const seed = await draftOf(
      'Brussels, 12 March 2026 – Charles University hosted the Open Twin Stakeholder Forum in Brussels, a gathering that takes place every year.',
    );
    expect(seed.names('event:')).toHaveLength(1);
  });

  it('keeps documents in a line of bars whose item opens with a site page’s word', async () => {
    const seed = await draftOf(
      'Charles University publications\n\nAnnual Report 2025 | Health Data Strategy 2030 | Accessibility Action Plan 2026\n',
    );
    expect([...seed.names('doc:'), ...seed.names('initiative:')]).toContain(
      'Accessibility Action Plan 2026',
    );
  });

  it('keeps the documents a "Related documents" list links', async () => {
    const seed = await draftOf(
      'Charles University published its evaluation.\n\nRelated documents\n› Final Report of the Joint Action TEHDAS\n',
    );
    expect(seed.names('doc:')).toContain('Final Report of the Joint Action TEHDAS');
  });

  it('keeps a webinar’s whole title when a dash and a number are in it', async () => {
    const seed = await draftOf(
      'WEBINAR – THE EHDS - 10 QUESTIONS ANSWERED\n\nDate: 21 May 2026\nOnline, with Charles University\n',
    );
    expect(seed.names('event:')[0]).toMatch(/10 Questions Answered$/);
  });

  it('reads a deliverable’s title on its own line only, and no person’s line as one', async () => {
    const seed = await draftOf(
      'Deliverables of Charles University\n\nD3.2 – Data Governance Framework\nD5.1 – Dr Anna Schmidt (Lead)\n',
    );
    expect(seed.names('doc:')).toEqual(['Data Governance Framework']);
    expect(seed.names('person:')).toEqual(['Anna Schmidt']);
  });
});

describe('organisations and posts', () => {
  it('keeps a body a product is made for', async () => {
    const seed = await draftOf(
      'Software: Connector for the French Health Data Hub\n\nThe French Health Data Hub signed a cooperation agreement with Charles University.\n',
    );
    expect(seed.names('org:')).toContain('French Health Data Hub');
  });

  it('gives no seat on a board a page names in passing', async () => {
    const seed = await draftOf(
      'The European Data Protection Board has issued guidance on health research.\n\nName\tPosition on the Board\tAffiliation\nAnna Lindqvist\tChair\tRegion Stockholm\nErik Sandberg\tMember\tCharles University\n',
    );
    expect(roles(seed).filter((r) => /Chair|Member/.test(r.split(' @ ')[0]!))).toEqual([]);
  });

  it('reads an affiliation cell that opens with a body as that body, not as a post', async () => {
    const seed = await draftOf(
      'Advisory Board\n\nName\tAffiliation\nDr Klaus Weber\tCharité, Institute of Medical Informatics\nDr Eva Horváth\tCharles University, Prague\n',
    );
    expect(roles(seed)).toContain('person:klaus-weber  @ org:charite');
  });

  it('keeps a one-word body in a table’s row near the top of the page', async () => {
    const seed = await draftOf(
      'The pilot builds on Charles University.\n\nName\tRole in the Consortium\tOrganisation\nDr Hanna Virtanen\tCoordinator\tSitra\n',
    );
    expect(seed.names('org:')).toContain('Sitra');
  });

  it('keeps an affiliation in brackets with a year, a cohort’s, not a birthplace', async () => {
    const seed = await draftOf(
      'The prize was awarded to Dr Maria Lopes (Universidade de Lisboa, 2024).',
    );
    expect(roles(seed).some((r) => r.includes('universidade-de-lisboa'))).toBe(true);
  });
});

describe('CV lines', () => {
  const cv = (lines: string[]) =>
    `Curriculum vitae\n\nDr Agnieszka Kowalczyk\n\n${lines.join('\n')}\n`;

  it('does not end a post at an abbreviation’s full stop', async () => {
    const seed = await draftOf(
      cv([
        '2015 – 2021   Policy Officer, Sciensano',
        "2010 – 2015   Lecturer, St. Mary's Hospital Medical School",
        '2005 – 2008   Consultant, Ministry of Health of Portugal',
      ]),
    );
    expect(roles(seed).some((r) => r.includes('Lecturer @'))).toBe(true);
  });

  it('keeps a title that names a body inside it', async () => {
    const seed = await draftOf(
      cv([
        '2016 – 2019   Senior Adviser, Norwegian Directorate of Health',
        '2012 – 2016   Analyst, Norwegian Institute of Public Health',
        '2010 – 2012   Head of the WHO Collaborating Centre team, Karolinska Institutet',
      ]),
    );
    expect(roles(seed).some((r) => r.includes('Head of the WHO Collaborating Centre team @'))).toBe(
      true,
    );
  });

  it('keeps a post written before a dash and its company', async () => {
    const seed = await draftOf(
      cv([
        '2019 – 2024   CEO – Medisphere GmbH',
        '2016 – 2019   Policy Adviser, Sciensano',
        '2012 – 2016   Analyst, Erasmus Medical Centre',
      ]),
    );
    expect(roles(seed)).toContain('person:agnieszka-kowalczyk CEO @ org:medisphere-gmbh');
  });
});
