import { parseSize } from './generate/model.js';

/** What to run and how big; `--quick` picks small sizes and short durations (a few minutes). */
export interface BenchOptions {
  readonly seed: number;
  /** Data set for the loader, API and load benchmarks. */
  readonly nodes: number;
  readonly perRowSample: number;
  readonly batchSizes: number[];
  /** Interleaved rounds of the write stage per batch size (median reported). */
  readonly writeRounds: number;
  readonly rounds: number;
  readonly warmup: number;
  readonly scaleSizes: number[];
  readonly scaleRounds: number;
  readonly connections: number[];
  readonly durationSec: number;
  /** Repeated load rounds at 8 connections after the levels, to see whether live heap climbs. */
  readonly soakRounds: number;
  readonly quick: boolean;
}

export interface RawOptions {
  quick?: boolean;
  smoke?: boolean;
  seed?: string;
  nodes?: string;
  perRowSample?: string;
  batchSizes?: string;
  writeRounds?: string;
  rounds?: string;
  warmup?: string;
  sizes?: string;
  scaleRounds?: string;
  connections?: string;
  duration?: string;
  soakRounds?: string;
}

const list = (text: string, parse: (s: string) => number): number[] =>
  text.split(',').filter(Boolean).map(parse);

/**
 * `--smoke`: every section at tiny sizes for seconds (CI runs it so a benchmark that breaks fails
 * the build); the figures mean nothing and go to BENCH_RESULTS_DIR when set.
 */
const SMOKE: RawOptions = {
  quick: true,
  nodes: '1k',
  perRowSample: '100',
  batchSizes: '1000',
  writeRounds: '1',
  rounds: '3',
  warmup: '1',
  sizes: '1k',
  scaleRounds: '3',
  connections: '1,4',
  duration: '1',
  soakRounds: '1',
};

export function benchOptions(given: RawOptions): BenchOptions {
  const raw = given.smoke ? { ...SMOKE, ...withoutUndefined(given) } : given;
  const quick = Boolean(raw.quick);
  return {
    quick,
    seed: Number(raw.seed ?? 1),
    nodes: parseSize(raw.nodes ?? (quick ? '10k' : '30k')),
    perRowSample: Number(raw.perRowSample ?? (quick ? 1000 : 5000)),
    batchSizes: list(raw.batchSizes ?? '1000,10000,50000', Number),
    writeRounds: Number(raw.writeRounds ?? (quick ? 1 : 3)),
    rounds: Number(raw.rounds ?? (quick ? 40 : 200)),
    warmup: Number(raw.warmup ?? (quick ? 5 : 20)),
    scaleSizes: list(raw.sizes ?? (quick ? '1k,10k' : '10k,100k,1M'), parseSize),
    scaleRounds: Number(raw.scaleRounds ?? (quick ? 30 : 150)),
    connections: list(raw.connections ?? '1,4,8,64', Number),
    durationSec: Number(raw.duration ?? (quick ? 5 : 60)),
    soakRounds: Number(raw.soakRounds ?? (quick ? 2 : 3)),
  };
}

function withoutUndefined(raw: RawOptions): RawOptions {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as RawOptions;
}
