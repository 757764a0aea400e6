import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fromRoot } from '../src/config/paths.js';
import type { BenchDb } from '../bench/bench-db.js';
import { mb } from '../bench/rss.js';

/** `policy-graph serve` in its own process (so the load generator does not share its CPU). */
export interface ServeProcess {
  readonly url: string;
  readonly pid: number;
  /** Resident set size of the server process, from /proc (MB). */
  rssMb(): number;
  /** Live heap after a full GC in the server (bench/api/heap-probe.mjs), and RSS then (MB). */
  heapAfterGc(): Promise<{ heapUsedMb: number; rssMb: number }>;
  stop(): Promise<void>;
}

/** `env` overrides the defaults (e.g. NODE_ENV=development for introspection). */
export async function startServeProcess(
  db: Pick<BenchDb, 'connection'>,
  env: Record<string, string> = {},
): Promise<ServeProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pg-heap-'));
  const report = join(dir, 'heap.json');
  const probe = pathToFileURL(fromRoot('bench', 'api', 'heap-probe.mjs')).href;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--expose-gc',
      // e.g. PG_SERVE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server
      ...(process.env.PG_SERVE_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      probe,
      fromRoot('bin', 'policy-graph.js'),
      'serve',
    ],
    {
      env: {
        ...process.env,
        PG_HEAP_REPORT: report,
        NEO4J_URI: db.connection.uri,
        NEO4J_USER: db.connection.user,
        NEO4J_PASSWORD: db.connection.password,
        NEO4J_DATABASE: db.connection.database,
        PORT: String(port),
        LOG_LEVEL: 'error',
        NODE_ENV: 'production',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('serve did not answer /health within 60 s');
    await sleep(250);
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Math.round(Number(m[1]) / 102.4) / 10 : NaN;
    },
    heapAfterGc: async () => {
      const asked = Date.now();
      child.kill('SIGUSR2');
      for (let i = 0; i < 200; i++) {
        await sleep(50);
        if (!existsSync(report)) continue;
        const m = JSON.parse(readFileSync(report, 'utf8')) as {
          heapUsed: number;
          rss: number;
          at: number;
        };
        if (m.at >= asked) return { heapUsedMb: mb(m.heapUsed), rssMb: mb(m.rss) };
      }
      throw new Error('the serve process did not report its heap within 10 s');
    },
    stop: async () => {
      rmSync(dir, { recursive: true, force: true });
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
