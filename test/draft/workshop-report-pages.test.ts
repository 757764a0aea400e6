import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of blind round 38 (issue 22): a workshop report's page; other words.

const { draftOf } = articleDrafter('pg-draft-workshop-reports-');

const PAGE = [
  'Science Portal > Events > Past events > Workshop report',
  '',
  'Federated learning in hospitals: who owns the model?',
  'Report of the Nordvik expert workshop, Bergen (Norway), 5-6 May 2025',
  '',
  'Published: 20 May 2025 | Nordvik Data Institute',
  '',
  'On 5 and 6 May 2025 the Nordvik Data Institute hosted 40 experts in Bergen. The findings will feed into a Nordvik Technical Report, "Federated Models in Clinical Care: Criteria for Trust", due in the autumn.',
].join('\n');

describe('a workshop report page', () => {
  it('a short question is the page’s title', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.source.name).toBe('Federated learning in hospitals: who owns the model?');
  });

  it('the report named under the title is the page itself; "a X Report, “Title”" is one work', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('doc:')).toEqual(['Federated Models in Clinical Care: Criteria for Trust']);
  });
});

describe('a quoted title beside what it is', () => {
  it('"a preprint, “Title in sentence case”" and "“Title”, a survey of …" are documents', async () => {
    const seed = await draftOf(
      [
        'Research news',
        '',
        'On 3 March 2026 the team posted a bioRxiv preprint, "Liver twins predict drug toxicity in a multicentre cohort". In May the Riga Policy Lab published "Who audits the models", a survey of 90 hospitals. Members endorsed a ten-point "Riga Checklist" the same day.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toEqual(
      expect.arrayContaining([
        'Liver twins predict drug toxicity in a multicentre cohort',
        'Who audits the models',
        'Riga Checklist',
      ]),
    );
  });
});
