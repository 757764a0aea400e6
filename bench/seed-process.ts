import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fromRoot } from '../src/config/paths.js';
import type { BenchDb } from './bench-db.js';

export interface SeedProcessRun {
  readonly ms: number;
  /** Peak resident set size of the seed process itself (getrusage), MB. */
  readonly peakRssMb: number;
  /** The created/updated/unchanged line it printed. */
  readonly summary: string;
  /** Its summary's counts: created / updated / unchanged, of nodes and of relationships. */
  readonly nodes: Counts;
  readonly relationships: Counts;
  /**
   * From the stage lines it printed, as they arrived: startup, validate … write, then commit (and
   * exit) from its last `write: N/N rows` line. A run that writes nothing prints no such line: its
   * `write` then runs to the exit.
   */
  readonly stagesMs: Record<string, number>;
}

export interface Counts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** "(nodes 30008/0/0, relationships 131980/0/0)" → the counts of one of them (NaN when absent). */
function countsOf(summary: string, what: 'nodes' | 'relationships'): Counts {
  const [created, updated, unchanged] = (
    new RegExp(`${what} (\\d+)/(\\d+)/(\\d+)`).exec(summary)?.slice(1) ?? []
  ).map(Number);
  return { created: created ?? NaN, updated: updated ?? NaN, unchanged: unchanged ?? NaN };
}

const STAGE_LINE = /^(validate|resolve|plan|write)…$/;
const WRITTEN_LINE = /^write: (\d+)\/\1 rows$/;

/**
 * `policy-graph seed <files>` as a user runs it, in its own process, against the bench database;
 * `root` is the checkout whose CLI runs (another commit's worktree for a before/after).
 */
export async function runSeedProcess(
  db: Pick<BenchDb, 'connection'>,
  files: readonly string[],
  root = fromRoot(),
): Promise<SeedProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-seed-'));
  const report = join(dir, 'rusage.json');
  const probe = pathToFileURL(fromRoot('bench', 'seed-probe.mjs')).href;
  const args = ['--import', probe, join(root, 'bin', 'policy-graph.js'), 'seed', ...files];
  const began = performance.now();
  try {
    const stamps: [string, number][] = [['startup', began]];
    const onLine = (line: string) => {
      const stage = STAGE_LINE.exec(line)?.[1] ?? (WRITTEN_LINE.test(line) ? 'commit' : undefined);
      if (stage && !stamps.some(([s]) => s === stage)) stamps.push([stage, performance.now()]);
    };
    const { code, stdout, stderr } = await spawned(args, onLine, {
      ...process.env,
      PG_RUSAGE_REPORT: report,
      NEO4J_URI: db.connection.uri,
      NEO4J_USER: db.connection.user,
      NEO4J_PASSWORD: db.connection.password,
      NEO4J_DATABASE: db.connection.database,
    });
    const ms = performance.now() - began;
    if (code !== 0) throw new Error(`seed exited with ${code}: ${stderr.slice(-2000)}`);
    const summary = /^(created \d+, updated \d+, unchanged \d+.*)$/m.exec(stdout)?.[1] ?? '';
    const { maxRssKb } = JSON.parse(readFileSync(report, 'utf8')) as { maxRssKb: number };
    return {
      ms: Math.round(ms),
      peakRssMb: Math.round(maxRssKb / 102.4) / 10,
      summary,
      nodes: countsOf(summary, 'nodes'),
      relationships: countsOf(summary, 'relationships'),
      stagesMs: Object.fromEntries(
        stamps.map(([stage, at], i) => [
          stage,
          Math.round((stamps[i + 1]?.[1] ?? began + ms) - at),
        ]),
      ),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawned(
  args: string[],
  onLine: (line: string) => void,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream].setEncoding('utf8');
      // Whole lines, as they arrive (a chunk may end inside a line or a character).
      createInterface({ input: child[stream], crlfDelay: Infinity }).on('line', (line) => {
        out[stream] += `${line}\n`;
        onLine(line.trim());
      });
    }
    child.once('error', reject);
    // 'close', not 'exit': the output streams are read to their end first.
    child.once('close', (code) => resolve({ code, ...out }));
  });
}
