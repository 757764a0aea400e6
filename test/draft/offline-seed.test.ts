import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftFile } from '../../src/app/draft-article.js';
import { loadConfig } from '../../src/config/config.js';
import { seedDir } from '../seed/seed-files.js';

// A newcomer without a running graph (issue 22's newcomer trial): `draft --offline` knows the
// names the curated seed files declare, as `validate --offline` checks against them.

const files = seedDir('pg-draft-offline-');
afterAll(() => files.remove());

describe('draft without a graph', () => {
  it('refers to what the seed files declare instead of proposing it again', async () => {
    const article = files.write(
      'known.txt',
      'Brussels, 3 March 2026.\n\nSaila Rinne of DG CONNECT presented the Virtual Human Twins Initiative, said Dr Ana Costa.\n',
    );
    const done = await draftFile(loadConfig(), article, { offline: true });
    expect(done.against).toBe('the seed files (no graph: --offline)');
    const seed = parse(done.yaml) as {
      mentions?: { ref: string }[];
      relationships?: { from: string; to: string }[];
    };
    const refs = [
      ...(seed.mentions ?? []).map((m) => m.ref),
      ...(seed.relationships ?? []).flatMap((r) => [r.from, r.to]),
    ];
    expect(refs).toEqual(expect.arrayContaining(['person:saila-rinne', 'org:dg-connect']));
  });
});
