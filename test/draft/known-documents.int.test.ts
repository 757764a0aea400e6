import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../src/config/paths.js';
import { readArticle } from '../../src/draft/article.js';
import { draftArticle } from '../../src/draft/draft.js';
import { loadGazetteer } from '../../src/draft/load-gazetteer.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { clearGraph, openTestDriver } from '../../harness/database.js';
import { seedDir } from '../seed/seed-files.js';

// A document the graph has is referred to by any title a source gives it (issue 22): a second,
// conflicting title is a name claim the draft finds too.
const { driver, connection } = openTestDriver();
const files = seedDir('pg-draft-docs-int-');

const source = (n: number) => `source:
  id: doc:source-${n}
  name: Source ${n}
  kind: ARTICLE
  url: https://example.org/source-${n}
  sha256: '${String(n).repeat(64)}'
`;

beforeAll(async () => {
  await clearGraph(driver, connection.database);
  const first = `${source(1)}entities:\n  - id: doc:twin-charter\n    name: European Twin Care Charter\n    kind: MANIFESTO\n`;
  const second = `${source(2)}entities:\n  - id: doc:twin-charter\n    name: A Charter for Virtual Twins in Care\n    kind: MANIFESTO\n`;
  const report = await loadSeeds(driver, connection.database, [
    files.write('first.yaml', first),
    files.write('second.yaml', second),
  ]);
  expect(report.written).toBe(true);
});
afterAll(async () => {
  files.remove();
  await driver.close();
});

describe('known documents in a draft', () => {
  it('reads every title of a document from the graph, and refers to it instead of proposing it', async () => {
    const gazetteer = await loadGazetteer(driver, connection.database);
    expect(gazetteer.documents.get('charter for virtual twins in care')?.id).toBe(
      'doc:twin-charter',
    );
    expect(gazetteer.documents.get('european twin care charter')?.id).toBe('doc:twin-charter');
    const article = files.write(
      'article.txt',
      'source: Charter signed\ndate: 2026-03-03\n---\nMore than 40 hospitals have signed the Charter for Virtual Twins in Care, said Anna Lindqvist of Nordvik Insight AS.\n',
    );
    const draft = await draftArticle(
      readArticle(article),
      {},
      {
        gazetteer,
        against: 'the test graph',
        outPath: `${files.dir}/draft.yaml`,
        schemaFile: fromRoot('seed', 'schema.json'),
      },
    );
    const seed = parse(draft.yaml) as { entities: { id: string }[]; mentions?: { ref: string }[] };
    expect(seed.entities.map((e) => e.id)).not.toContain('doc:charter-for-virtual-twins-in-care');
    expect(seed.mentions?.map((m) => m.ref) ?? []).toContain('doc:twin-charter');
  });
});
