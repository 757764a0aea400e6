import { loadSeeds } from '../src/seed/pipeline.js';
import { clearGraph, countGraph, type BenchDb } from './bench-db.js';
import { benchCypher } from './cypher.js';
import { datasetFiles, writeDataset } from './generate/generate.js';
import { labelCounts, sizeLabel } from './generate/model.js';
import type { Reporter } from './progress.js';

/** Makes sure the bench graph holds the generated set of this size (loads it with the real loader). */
export async function ensureLoaded(
  db: BenchDb,
  size: number,
  seed: number,
  progress: Reporter,
): Promise<void> {
  if (await holdsDataset(db, size, seed)) return;
  await clearGraph(db);
  const files = datasetFiles(writeDataset(size, seed, progress.bar(`generate ${sizeLabel(size)}`)));
  await loadSeeds(db.driver, db.connection.database, files, {
    onProgress: progress.bar(`load ${sizeLabel(size)}`),
  });
}

/** True when the graph holds exactly one generated set, the one of this size and seed. */
export async function holdsDataset(db: BenchDb, size: number, seed: number): Promise<boolean> {
  const tag = `${sizeLabel(size).toLowerCase()}-${seed}`;
  const { records } = await db.driver.executeQuery(
    benchCypher('has-entity'),
    { id: `doc:bench-${tag}-register-part-0001` },
    { database: db.connection.database, routing: 'READ' },
  );
  const { nodes } = await countGraph(db);
  const expected = Object.values(labelCounts(size)).reduce((a, b) => a + b, 0);
  return records[0]?.get('found') === true && nodes >= expected && nodes <= expected * 1.1;
}
