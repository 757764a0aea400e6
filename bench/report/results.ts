import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../../src/config/paths.js';

/** BENCH_RESULTS_DIR sends a trial run's results elsewhere (default: bench/results/). */
export const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? fromRoot('bench', 'results');

/** bench/results/<date>.json: one object, each benchmark fills its own section. */
export interface Results {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string };
  neo4j?: { version: string; heap?: string; pageCache?: string };
  generate?: unknown;
  loader?: unknown;
  api?: unknown;
  queries?: unknown;
  export?: unknown;
  scale?: unknown;
  load?: unknown;
  notes: string[];
}

export const today = (): string => new Date().toISOString().slice(0, 10);
export const resultsPath = (date: string, ext: string): string =>
  join(RESULTS_DIR, `${date}.${ext}`);

export function readResults(date = today()): Results {
  const file = resultsPath(date, 'json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Results;
  const cpu = cpus();
  return {
    date,
    machine: {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
    },
    notes: [],
  };
}

/** Writes atomically (a .tmp file renamed), so an interrupted run never leaves half a file. */
export function writeText(file: string, text: string): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

export function saveResults(results: Results): string {
  const file = resultsPath(results.date, 'json');
  writeText(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
