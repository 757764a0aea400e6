import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// An annual report's "month by month" page (blind round 48, issue 22): each paragraph opens with
// its date as a sentence of its own ("17/09/2025. Commissioner … visited …").

const { draftOf } = articleDrafter('pg-draft-date-leads-');

const report = (paragraph: string) =>
  [
    'Annual Report 2025 – Highlights',
    '',
    'Published 28 May 2026',
    '',
    'Dr Katrin Elsholtz, Director General of EBRAINS, presents the year.',
    '',
    paragraph,
  ].join('\n');

describe('a date written as a sentence of its own', () => {
  it('dates the sentence after it', async () => {
    const seed = await draftOf(
      report(
        '2–4 December. Over 650 researchers, clinicians and policy makers gathered at The Egg in Brussels for the EBRAINS Summit 2025.',
      ),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'EBRAINS Summit 2025',
        date: '2025-12-02',
        endDate: '2025-12-04',
        city: 'Brussels',
      }),
    ]);
  });

  it('dates a visit in figures', async () => {
    const seed = await draftOf(
      report(
        '17/09/2025. Commissioner Ekaterina Zaharieva visited the EBRAINS headquarters in Brussels.',
      ),
    );
    expect(events(seed)).toEqual([
      expect.objectContaining({ date: '2025-09-17', kind: 'MEETING' }),
    ]);
  });

  it('dates nothing on a line of its own above another paragraph', async () => {
    const seed = await draftOf(
      report('17/09/2025.\n\nThe Commissioner wrote that the visit had been useful.'),
    );
    expect(events(seed).map((e) => e.date)).not.toContain('2025-09-17');
  });

  it('"On the afternoon of Thursday 27 November" is that day, not the page\'s', async () => {
    const seed = await draftOf(
      [
        'Roundtable summary',
        '',
        '4.12.2025 · 5 min read',
        '',
        'On the afternoon of Thursday 27 November, the Nordic Twin Foundation convened a closed roundtable in Brussels, chaired by Dr Ana Costa.',
      ].join('\n'),
    );
    expect(events(seed).map((e) => e.date)).toEqual(['2025-11-27']);
  });
});
