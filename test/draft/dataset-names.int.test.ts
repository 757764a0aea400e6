import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKnown } from '../../src/draft/known-matches.js';
import { loadGazetteer } from '../../src/draft/load-gazetteer.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { tokenize } from '../../src/draft/tokens.js';
import { importMeetings } from '../../src/import/ec-meetings/import.js';
import { openTestDriver } from '../../harness/database.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { seedDir } from '../seed/seed-files.js';
import { row } from '../import/meeting-files.js';

// A draft against a graph that a dataset import grew: the import's names are marked as such and
// found by the careful rules (dataset-spellings.ts), the curated ones as before.
const { driver, connection } = openTestDriver();
const db = connection.database;
const dir = seedDir('pg-draft-datasets-');

beforeAll(async () => {
  await loadFoundingGraph(driver, db);
  const register = dir.write(
    'directorate-general.jsonl',
    [
      row('Sandra Gallina', '01/02/2024', ['Nordvik Analytics AS', 'UNIVERSITY'], 'Health data'),
      row('Sandra Gallina', '02/02/2024', ['Executive Director'], 'Health data'),
    ].join('\n') + '\n',
  );
  const report = await importMeetings(driver, db, [register], {
    judgementsPath: dir.write('judgements.yaml', 'judgements: []\n'),
  });
  expect(report.written).toBe(true);
});
afterAll(async () => {
  dir.remove();
  await driver.close();
});

describe('draft names from a dataset import', () => {
  it('marks the import’s entities and finds only their distinctive names', async () => {
    const gaz = await loadGazetteer(driver, db);
    const nordvik = gaz.entities.find((e) => e.name === 'Nordvik Analytics AS');
    expect(nordvik?.fromDataset).toBe(true);
    expect(gaz.entities.find((e) => e.id === 'org:ebrains')?.fromDataset).toBe(false);
    const text =
      'Nordvik Analytics AS, the University of Tromsø and EBRAINS met; the Executive Director spoke.';
    expect(findKnown(text, tokenize(text), gaz).map((m) => m.entity.id)).toEqual([
      nordvik!.id,
      'org:ebrains',
    ]);
  });

  it('an imported entity a curated document mentions is found as a curator’s', async () => {
    const note = dir.write(
      'nordvik-note.yaml',
      [
        'source:',
        '  id: doc:nordvik-note',
        '  name: A note on Nordvik',
        '  kind: ARTICLE',
        '  url: https://example.org/nordvik-note',
        '  published: 2026-01-05',
        `  sha256: '${'ab'.repeat(32)}'`,
        'mentions:',
        '  - ref: Nordvik Analytics AS',
        '',
      ].join('\n'),
    );
    const report = await loadSeeds(driver, db, [note]);
    expect(report.written).toBe(true);
    const gaz = await loadGazetteer(driver, db);
    expect(gaz.entities.find((e) => e.name === 'Nordvik Analytics AS')?.fromDataset).toBe(false);
  });
});
