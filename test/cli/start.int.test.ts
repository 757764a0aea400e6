import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalNeo4jConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/local-server.js';
import { localPassword } from '../../src/neo4j/local/password.js';
import { isLauncherAlive, readRunFile } from '../../src/neo4j/local/run-file.js';
import { freePort } from '../../harness/free-port.js';

// `policy-graph start` (what `npm start` runs) as a user runs it, on a Neo4j home of its own:
// SIGTERM stops the Neo4j it started and leaves alone one that was already running.
const home = mkdtempSync(join(tmpdir(), 'pg-start-'));
let local: LocalNeo4jConfig;

afterAll(async () => {
  if (local) await stopLocalNeo4j(local);
  rmSync(home, { recursive: true, force: true });
});

interface Started {
  readonly child: ChildProcess;
  readonly exit: Promise<number | null>;
  output(): string;
}

/** `start` in a child process; NEO4J_BOLT_PORT only when given (else the run file decides). */
function start(env: Record<string, string>): Started {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of ['NEO4J_URI', 'NEO4J_PASSWORD', 'NEO4J_BOLT_PORT']) {
    if (!(name in env)) delete childEnv[name];
  }
  const child = spawn(
    process.execPath,
    [fromRoot('bin', 'policy-graph.js'), 'start', '--skip-meetings', '--skip-cordis'],
    {
      env: { ...childEnv, NEO4J_HOME: home, NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '128m' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => void (output += chunk.toString());
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exit, output: () => output };
}

async function until(started: Started, ready: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 240_000;
  while (!(await ready())) {
    if (started.child.exitCode !== null) throw new Error(`start exited: ${started.output()}`);
    if (Date.now() > deadline) throw new Error(`no ${what} within 240 s: ${started.output()}`);
    await sleep(250);
  }
}

const healthy = (port: number) => async () =>
  (await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined))?.ok === true;

describe('npm start cleans up after itself', () => {
  it('SIGTERM stops the local Neo4j that start started', async () => {
    const [bolt, http] = [await freePort(), await freePort()];
    local = { home, boltPort: bolt, heap: '512m', pageCache: '128m' };
    const started = start({ NEO4J_BOLT_PORT: String(bolt), PORT: String(http) });
    await until(started, healthy(http), '/health');
    const pid = readRunFile(home)!.pid;
    expect(isLauncherAlive(pid)).toBe(true);
    started.child.kill('SIGTERM');
    expect(await started.exit, started.output()).toBe(0);
    expect(isLauncherAlive(pid)).toBe(false);
    expect(readRunFile(home)).toBeUndefined();
    expect(started.output()).toContain('Stopping the local Neo4j this command started');
  }, 300_000);

  it('leaves alone a Neo4j that was already running (found on its port without NEO4J_BOLT_PORT)', async () => {
    const running = await startLocalNeo4j(local, localPassword(home, undefined), () => undefined);
    const http = await freePort();
    const started = start({ PORT: String(http) }); // no NEO4J_BOLT_PORT: 7687 would be wrong
    await until(started, healthy(http), '/health');
    started.child.kill('SIGTERM');
    expect(await started.exit, started.output()).toBe(0);
    expect(isLauncherAlive(running.pid)).toBe(true);
    expect(readRunFile(home)?.pid).toBe(running.pid);
    expect(await stopLocalNeo4j(local)).toBe(true);
  }, 300_000);

  it('SIGTERM while Neo4j is still starting stops it too', async () => {
    const started = start({
      NEO4J_BOLT_PORT: String(local.boltPort),
      PORT: String(await freePort()),
    });
    await until(started, async () => readRunFile(home) !== undefined, 'Neo4j process');
    const pid = readRunFile(home)!.pid;
    started.child.kill('SIGTERM');
    expect(await started.exit, started.output()).toBe(143);
    expect(started.output()).toContain('stopped by SIGTERM before serving');
    expect(isLauncherAlive(pid)).toBe(false);
  }, 300_000);
});
