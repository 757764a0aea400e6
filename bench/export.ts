import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../src/config/paths.js';
import { countGraph, type BenchDb } from './bench-db.js';
import type { Reporter } from './progress.js';

/** Above this peak RSS an export is flagged: it would be holding the file or the records in memory. */
export const EXPORT_PEAK_LIMIT_MB = 400;
const FORMATS = ['graphml', 'gexf', 'json', 'csv'] as const;

export interface ExportResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly formats: {
    format: string;
    seconds: number;
    megabytes: number;
    peakRssMb: number;
    samples: number;
  }[];
}

/** Peak resident memory (VmHWM) of a running process in MiB; undefined once it is gone. */
export function peakMiB(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `policy-graph export` of the whole bench graph in each format, in a child process whose peak
 * RSS is sampled from /proc every 20 ms. An export that yields no sample is an error, never 0.
 */
export async function benchExport(db: BenchDb, progress: Reporter): Promise<ExportResult> {
  const { nodes, relationships } = await countGraph(db);
  const dir = mkdtempSync(join(tmpdir(), 'pg-bench-export-'));
  const tick = progress.bar(`export: ${FORMATS.length} formats`);
  const formats = [];
  try {
    for (const [i, format] of FORMATS.entries()) {
      const out = join(dir, format === 'csv' ? 'out.zip' : `out.${format}`);
      const run = await exportInChild(db, format, out);
      formats.push({
        format,
        ...run,
        megabytes: Math.round((statSync(out).size / 2 ** 20) * 10) / 10,
      });
      tick(i + 1, FORMATS.length);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { nodes, relationships, formats };
}

async function exportInChild(
  db: BenchDb,
  format: string,
  out: string,
): Promise<{ seconds: number; peakRssMb: number; samples: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [fromRoot('bin', 'policy-graph.js'), 'export', '--format', format, '--out', out],
    {
      env: {
        ...process.env,
        NEO4J_URI: db.connection.uri,
        NEO4J_USER: db.connection.user,
        NEO4J_PASSWORD: db.connection.password,
        NEO4J_DATABASE: db.connection.database,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`export ${format}: could not start the CLI`);
  const samples: number[] = [];
  const sample = () => {
    const mib = peakMiB(pid);
    if (mib !== undefined) samples.push(mib);
  };
  sample();
  const timer = setInterval(sample, 20);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`export ${format} exited with ${code}: ${stderr}`);
  if (samples.length === 0) {
    throw new Error(`export ${format}: no memory sample (is /proc/${pid}/status readable?)`);
  }
  return {
    seconds: Math.round(performance.now() - started) / 1000,
    peakRssMb: Math.round(Math.max(...samples)),
    samples: samples.length,
  };
}
