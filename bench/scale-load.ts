import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../src/config/config.js';
import { loadSeeds } from '../src/seed/pipeline.js';
import { clearGraph, countGraph, openBenchDb, type BenchDb } from './bench-db.js';
import { directLoad } from './direct-load.js';
import { holdsDataset } from './ensure-loaded.js';
import { datasetFiles, writeDataset } from './generate/generate.js';
import { sizeLabel } from './generate/model.js';
import type { Reporter } from './progress.js';

/** How a size's graph was loaded; kept next to its store so a reused graph still reports it. */
export interface LoadRecord {
  readonly method: string;
  readonly ms: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly loadedAt: string;
  /** True when this run reused a graph loaded by an earlier run (ms is that run's). */
  readonly reused?: boolean;
  /** Store files on disk, measured after the server stopped (set by the scale benchmark). */
  storeMb?: number;
}

export interface SizedDb {
  readonly size: number;
  readonly db: BenchDb;
  readonly load: LoadRecord;
}

/** Sizes up to this go through the real loader (YAML); bigger ones through the write stage. */
export const YAML_LIMIT = 30_000;

const memory = (size: number) =>
  size >= 500_000
    ? { heap: '4g', pageCache: '2g' }
    : size >= 50_000
      ? { heap: '3g', pageCache: '1g' }
      : { heap: '1g', pageCache: '512m' };

/** 1k → 7694, 10k → 7695, 100k → 7696, 1M → 7697: a size keeps its port across runs. */
const portOf = (size: number): number =>
  7691 + Math.max(3, Math.min(9, Math.round(Math.log10(size))));

const recordFile = (db: BenchDb): string | undefined =>
  db.local ? join(db.local.home, 'bench-load.json') : undefined;

/** One local Neo4j per size (.neo4j/bench-<size>, ports 7694…), loaded once and then reused. */
export async function openSized(
  config: Config,
  size: number,
  seed: number,
  progress: Reporter,
): Promise<SizedDb> {
  const label = sizeLabel(size);
  const db = await openBenchDb(
    config,
    { name: `bench-${label.toLowerCase()}`, port: portOf(size), ...memory(size) },
    progress.line,
  );
  const file = recordFile(db);
  if ((await holdsDataset(db, size, seed)) && file && existsSync(file)) {
    const prior = JSON.parse(readFileSync(file, 'utf8')) as LoadRecord;
    return { size, db, load: { ...prior, reused: true } };
  }
  await clearGraph(db);
  const began = performance.now();
  let method: string;
  if (size <= YAML_LIMIT) {
    method = 'real loader (YAML, one transaction)';
    const files = datasetFiles(writeDataset(size, seed, progress.bar(`generate ${label}`)));
    await loadSeeds(db.driver, db.connection.database, files, {
      onProgress: progress.bar(`load ${label} (real loader)`),
    });
  } else {
    method =
      'write stage only (generated rows, all-create plan, writePlan in 50k-row transactions; YAML and planLoad skipped)';
    await directLoad(db, size, seed, 50_000, progress.bar(`load ${label} (write stage)`));
  }
  const ms = Math.round(performance.now() - began);
  const counts = await countGraph(db);
  const load: LoadRecord = { method, ms, ...counts, loadedAt: new Date().toISOString() };
  if (file) writeFileSync(file, `${JSON.stringify(load, null, 2)}\n`);
  progress.line(
    `loaded ${label}: ${counts.nodes} nodes, ${counts.relationships} relationships in ${(ms / 1000).toFixed(1)} s`,
  );
  return { size, db, load };
}
