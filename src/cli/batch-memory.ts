import v8 from 'node:v8';

/**
 * How far V8 lets the heap grow past what survived the last full collection before it collects
 * again, for one-shot batch commands (seed, import). V8's default grows it up to 4× on a machine
 * with memory to spare: a seed load of 15 MB of YAML peaked at 730 MB of resident memory, the
 * CORDIS release import at 1.36 GB. At 30% they peak near their live set (400 and 580 MB), at the
 * same speed (bench/compare-seed.ts; the import measured with /usr/bin/time).
 * A server keeps the default: there, collections cost latency.
 */
export const BATCH_HEAP_GROWING_PERCENT = 30;

/** Called once by a batch command (seed, import) before it reads its input. */
export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
}
