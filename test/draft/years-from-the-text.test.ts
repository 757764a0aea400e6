import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// An annual report published in February 2026 about 2025 (blind round 37, issue 22): a day
// without a year takes the year the text last wrote, unless it is still to come.

const { draftOf } = articleDrafter('pg-draft-years-');

const REPORT = (after: string) =>
  [
    'Annual Report 2025',
    'Published 20 February 2026',
    '',
    'Our third Summit (3–4 June 2025) was hosted by the Riga Data Institute and drew 150 participants.',
    '',
    after,
  ].join('\n');

describe('a day written without its year', () => {
  it('in a past sentence, after the article’s day: the year the text wrote last', async () => {
    const seed = await draftOf(
      REPORT(
        'The Council of Members, meeting in Riga on 5 June, re-elected Dr Ilze Kalnina as President for a second term.',
      ),
    );
    expect(events(seed).map((e) => e.date)).toContain('2025-06-05');
    expect(events(seed).map((e) => e.date)).not.toContain('2026-02-20');
  });

  it('still to come: the coming day', async () => {
    const seed = await draftOf(
      REPORT('Members are invited to the next Council of Members, meeting in Riga on 5 June.'),
    );
    expect(events(seed).map((e) => e.date)).toContain('2026-06-05');
  });

  it('still to come though a title’s dot stands between the verb and the day', async () => {
    const seed = await draftOf(
      REPORT(
        'Members are invited by Prof. Ilze Kalnina to the Council of Members, meeting in Riga on 5 June.',
      ),
    );
    expect(events(seed).map((e) => e.date)).toContain('2026-06-05');
  });

  it('a day before the article’s in a sentence that says it is to come: next year’s', async () => {
    const seed = await draftOf(
      [
        'Corvista raises €14.5M',
        'Published 4 February 2026',
        '',
        'Corvista plans to show its first clinical data at VPH2026, the VPH Institute’s conference in Bologna on 9–11 September.',
      ].join('\n'),
    );
    expect(events(seed).map((e) => e.date)).toContain('2026-09-09');
  });
});
