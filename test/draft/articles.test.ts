import { describe, expect, it } from 'vitest';
import { runArticles, type ArticleRun } from '../../bench/draft/articles-bench.js';
import { scoreArticle, total } from '../../bench/draft/article-score.js';
import { readSeedView } from '../../bench/draft/seed-view.js';
import { buildGazetteer } from '../../src/draft/gazetteer.js';

// Every article of the draft benchmark (eight shapes, each with a hand-written expected seed
// file) is drafted without a database and checked by `validate`: a draft validates as written.
let runs: ArticleRun[];

describe('draft on the articles of bench/draft/articles', () => {
  it('drafts every article into a seed file that validates', async () => {
    runs = await runArticles();
    expect(runs.length).toBeGreaterThanOrEqual(8);
    expect(
      runs.filter((r) => r.errors.length).map((r) => `${r.name}: ${r.errors.join('; ')}`),
    ).toEqual([]);
  }, 180_000); // (every article of the bench, drafted and validated: it grows each round)

  it('finds every person and organisation of the articles it was developed on, inventing none', () => {
    const dev = runs.filter((r) => r.set === 'dev').map((r) => r.score);
    for (const type of ['people', 'organisations', 'documents'] as const) {
      const m = total(dev, type);
      expect({ type, found: m.found, right: m.right }).toEqual({
        type,
        found: m.curated,
        right: m.drafted,
      });
    }
  });
});

describe('the article score', () => {
  const seedOf = (event: string, id: string) =>
    [
      'source: { id: "doc:x", name: X, kind: ARTICLE }',
      'entities:',
      `  - { id: "${id}", name: "${event}", date: "2026-03-04", kind: MEETING }`,
    ].join('\n');
  const events = (drafted: string, curated: string) => {
    const gaz = buildGazetteer([]);
    return scoreArticle(
      readSeedView(seedOf(drafted, 'event:d'), gaz),
      readSeedView(seedOf(curated, 'event:c'), gaz),
    ).items.events;
  };

  it('takes a drafted event for the curated one of its day only when their names share a word', () => {
    expect(
      events('Inauguration of the Atlantic Data Hub', 'Atlantic Data Hub opening'),
    ).toMatchObject({ found: 1, right: 1 });
    expect(events('Meet in Lisbon', 'Inauguration of the Atlantic Data Hub')).toMatchObject({
      found: 0,
      right: 0,
      missed: ['Inauguration of the Atlantic Data Hub'],
      extra: ['Meet in Lisbon'],
    });
  });
});
