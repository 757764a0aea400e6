import type { ResolvedLoad } from '../src/seed/resolve/resolved-load.js';
import type { BenchDb } from './bench-db.js';
import { clearGraph } from './bench-db.js';
import { datasetFiles, writeDataset } from './generate/generate.js';
import { sizeLabel } from './generate/model.js';
import { timeStages, type StageTimes } from './loader-stages.js';
import { perRowWrite } from './per-row.js';
import type { Reporter } from './progress.js';
import { mb, measured } from './rss.js';
import { ratio } from './stats.js';
import { runSeedProcess } from './seed-process.js';
import { planOnEmptyGraph, writeResolved } from './write-resolved.js';

export interface LoadRun {
  readonly label: string;
  readonly batchSize: number;
  readonly ms: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly rowsPerSec: number;
  readonly relsPerSec: number;
  readonly peakRssMb: number;
  readonly stagesMs?: Record<string, number>;
}

export interface LoaderResult {
  readonly size: string;
  readonly files: number;
  readonly megabytes: number;
  readonly cpuStagesMs: StageTimes;
  readonly realLoader: LoadRun;
  readonly batchSizes: LoadRun[];
  readonly perRow: LoadRun & { readonly sampleNodes: number; readonly sampleRels: number };
  readonly ratios: { batched10kOverPerRow: number; realLoaderOverPerRow: number };
}

const run = (
  label: string,
  batchSize: number,
  ms: number,
  nodes: number,
  relationships: number,
  peakRss: number,
  stagesMs?: Record<string, number>,
): LoadRun => ({
  label,
  batchSize,
  ms: Math.round(ms),
  nodes,
  relationships,
  rowsPerSec: Math.round(((nodes + relationships) / ms) * 1000),
  relsPerSec: Math.round((relationships / ms) * 1000),
  peakRssMb: mb(peakRss),
  ...(stagesMs ? { stagesMs } : {}),
});

/**
 * Loads one generated data set three ways: the real loader end to end (YAML → Neo4j), its write
 * half at batch sizes 1k / 10k / 50k, and a per-row MERGE loop on a sample (extrapolated as rows/s).
 */
export async function benchLoader(
  db: BenchDb,
  size: number,
  seed: number,
  opts: { perRowSample: number; batchSizes: number[]; writeRounds: number },
  progress: Reporter,
): Promise<LoaderResult> {
  const manifest = writeDataset(size, seed, progress.bar('generate files'));
  const files = datasetFiles(manifest);
  const cpu = await measured(() => timeStages(files, progress.bar('parse+validate files')));
  const resolved: ResolvedLoad = cpu.value.resolved;

  // Batch sizes in interleaved rounds (1k, 10k, 50k, 1k, …); each size reports its median run.
  const byBatch = new Map<number, LoadRun[]>(opts.batchSizes.map((b) => [b, []]));
  for (let round = 0; round < opts.writeRounds; round++) {
    for (const batchSize of opts.batchSizes) {
      await clearGraph(db);
      const w = await measured(() =>
        writeResolved(
          db,
          resolved,
          batchSize,
          progress.bar(`write, batch ${batchSize} (round ${round + 1}/${opts.writeRounds})`),
        ),
      );
      const t = w.value;
      byBatch.get(batchSize)!.push(
        run(
          `write stage, batch ${batchSize}`,
          batchSize,
          w.ms,
          t.nodes,
          t.relationships,
          w.peakRss,
          {
            plan: Math.round(t.planMs),
            write: Math.round(t.writeMs),
            commit: Math.round(t.commitMs),
          },
        ),
      );
    }
  }
  const batchRuns = [...byBatch.values()].map((runs) => {
    const sorted = [...runs].sort((a, b) => a.ms - b.ms);
    const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
    return { ...median, label: `${median.label} (median of ${runs.length})` };
  });

  // The real loader as a user runs it: `policy-graph seed` in its own process (its own peak RSS,
  // not this process's, which holds the stage timings' data), stages from the lines it prints.
  // After the write rounds, so that Neo4j is as warm for it as for them.
  await clearGraph(db);
  const cli = await runSeedProcess(db, files);
  const realRun = run(
    'real loader (`policy-graph seed`, its own process)',
    10_000,
    cli.ms,
    cli.nodes.created,
    cli.relationships.created,
    cli.peakRssMb * 2 ** 20,
    cli.stagesMs,
  );

  // Per-row: nodes on an empty graph, then relationships once every node exists.
  await clearGraph(db);
  const plan = await planOnEmptyGraph(db, resolved);
  const sampleNodes = plan.nodeWrites.slice(0, opts.perRowSample);
  const sampleRels = plan.relCreates.slice(0, opts.perRowSample);
  const naiveNodes = await measured(() =>
    perRowWrite(db, { nodes: sampleNodes, rels: [] }, progress.bar('per-row: nodes')),
  );
  await clearGraph(db);
  await writeResolved(db, { ...resolved, relationships: [] }, 10_000);
  const naiveRels = await measured(() =>
    perRowWrite(db, { nodes: [], rels: sampleRels }, progress.bar('per-row: relationships')),
  );
  const perRow = {
    ...run(
      `per-row MERGE (sample of ${sampleNodes.length} nodes + ${sampleRels.length} relationships)`,
      1,
      naiveNodes.value + naiveRels.value,
      sampleNodes.length,
      sampleRels.length,
      Math.max(naiveNodes.peakRss, naiveRels.peakRss),
    ),
    sampleNodes: sampleNodes.length,
    sampleRels: sampleRels.length,
  };
  await clearGraph(db);
  const b10k = batchRuns.find((r) => r.batchSize === 10_000) ?? batchRuns[0]!;
  return {
    size: sizeLabel(size),
    files: files.length,
    megabytes: mb(manifest.bytes),
    cpuStagesMs: roundTimes(cpu.value.times),
    realLoader: realRun,
    batchSizes: batchRuns,
    perRow,
    ratios: {
      batched10kOverPerRow: ratio(b10k.rowsPerSec, perRow.rowsPerSec),
      realLoaderOverPerRow: ratio(realRun.rowsPerSec, perRow.rowsPerSec),
    },
  };
}

function roundTimes(t: StageTimes): StageTimes {
  const r = (x: number) => Math.round(x);
  return {
    ...t,
    readMs: r(t.readMs),
    parseMs: r(t.parseMs),
    validateMs: r(t.validateMs),
    resolveMs: r(t.resolveMs),
  };
}
