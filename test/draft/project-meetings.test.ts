import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A consortium's kick-off news (blind round 49, issue 22): "Last week the PAEDTWIN consortium met
// for the first time in Bologna. Over two days (20–21/01/2026), … for the project's kick-off
// meeting, hosted by …".

const { draftOf } = articleDrafter('pg-draft-project-meetings-');

const news = (hosted: string) =>
  [
    'PAEDTWIN kicks off',
    '',
    'Published 28 January 2026',
    '',
    'Last week the PAEDTWIN project consortium met for the first time in Bologna. Over two days (20–21/01/2026), more than 50 researchers gathered at the Aula Magna for the project’s kick-off meeting, hosted by the University of Bologna.',
    '',
    `Prof. Marco Rossi ${hosted}`,
  ].join('\n');

describe('a project’s meeting', () => {
  it('is one event, named for the project, on the days of a range in figures', async () => {
    const seed = await draftOf(news('coordinates it.'));
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'PAEDTWIN kick-off',
        date: '2026-01-20',
        endDate: '2026-01-21',
      }),
    ]);
  });

  it('"The X consortium … last Thursday and Friday … a kick-off meeting hosted by Y": the project\'s kick-off, in the week before', async () => {
    const seed = await draftOf(
      [
        'Barcelona, 4 February 2026',
        '',
        'The LIVERTWIN consortium officially started work last Thursday and Friday with a two-day kick-off meeting hosted by the Institut de Recerca Hepàtica de Catalunya (IRHC), said Dr Ana Costa.',
      ].join('\n'),
    );
    expect(seed.names('project:')).toContain('LIVERTWIN');
    expect(events(seed)).toEqual([
      expect.objectContaining({
        name: 'LIVERTWIN kick-off',
        date: '2026-01-29',
        endDate: '2026-01-30',
      }),
    ]);
  });
});
