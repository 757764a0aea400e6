import { describe, expect, it } from 'vitest';
import { runArticles, type ArticleRun } from '../../bench/draft/articles-bench.js';
import { total } from '../../bench/draft/article-score.js';

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
  }, 60_000);

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
