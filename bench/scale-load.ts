import type { Config } from '../src/config/config.js';
import { loadSeeds } from '../src/seed/load.js';
import { clearGraph, countGraph, openBenchDb, storeBytes, type BenchDb } from './bench-db.js';
import { directLoad } from './direct-load.js';
import { datasetFiles, writeDataset } from './generate/generate.js';
import { sizeLabel } from './generate/model.js';
import { holdsDataset } from './ensure-loaded.js';
import type { Reporter } from './progress.js';
import { mb } from './rss.js';

export interface SizedDb {
  readonly size: number;
  readonly db: BenchDb;
  readonly load: {
    readonly method: string;
    /** Undefined when the graph was already loaded by an earlier run (reused). */
    readonly ms: number | undefined;
    readonly nodes: number;
    readonly relationships: number;
    readonly storeMb: number | undefined;
  };
}

/** Sizes up to this go through the real loader (YAML); bigger ones through the write stage. */
export const YAML_LIMIT = 100_000;

const memory = (size: number) =>
  size >= 500_000
    ? { heap: '4g', pageCache: '2g' }
    : size >= 50_000
      ? { heap: '3g', pageCache: '1g' }
      : { heap: '1g', pageCache: '512m' };

/** 1k → 7694, 10k → 7695, 100k → 7696, 1M → 7697: a size keeps its port across runs. */
const portOf = (size: number): number =>
  7691 + Math.max(3, Math.min(9, Math.round(Math.log10(size))));

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
  const method =
    size <= YAML_LIMIT
      ? 'real loader (YAML, one transaction)'
      : 'write stage (planLoad + writePlan, 50k rows per transaction; YAML skipped)';
  if (await holdsDataset(db, size, seed)) {
    const before = await countGraph(db);
    return { size, db, load: { method, ms: undefined, ...before, storeMb: await store(db) } };
  }
  await clearGraph(db);
  const began = performance.now();
  if (size <= YAML_LIMIT) {
    const files = datasetFiles(writeDataset(size, seed, progress.bar(`generate ${label}`)));
    await loadSeeds(db.driver, db.connection.database, files, {
      onProgress: progress.bar(`load ${label} (real loader)`),
    });
  } else {
    await directLoad(db, size, seed, 50_000, progress.bar(`load ${label} (write stage)`));
  }
  const ms = Math.round(performance.now() - began);
  const after = await countGraph(db);
  progress.line(
    `loaded ${label}: ${after.nodes} nodes, ${after.relationships} relationships in ${(ms / 1000).toFixed(1)} s`,
  );
  return { size, db, load: { method, ms, ...after, storeMb: await store(db) } };
}

async function store(db: BenchDb): Promise<number | undefined> {
  const bytes = await storeBytes(db);
  return bytes === undefined ? undefined : mb(bytes);
}
