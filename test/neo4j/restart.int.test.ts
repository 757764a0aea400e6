import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalNeo4jConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { localPid, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/local-server.js';
import { isPortFree } from '../../src/neo4j/local/port.js';
import { readRunFile, writeRunFile } from '../../src/neo4j/local/run-file.js';
import { freePort } from '../../harness/free-port.js';

// Restarts never hang: a start that finds a server stopping, gone, killed or exiting does not wait
// for a Bolt that will never answer. Each start here gets 90 s (the default is 180 s): before the
// fix, a start after Ctrl-C waited for the old server's Bolt and failed with NEO4J_START_TIMEOUT.
const home = mkdtempSync(join(tmpdir(), 'pg-restart-'));
const lines: string[] = [];
const log = (line: string): void => void lines.push(line);
const PASSWORD = 'restart-test-pw';
const START_MS = 90_000;
let local: LocalNeo4jConfig;
const start = () => startLocalNeo4j(local, PASSWORD, log, START_MS);

beforeAll(async () => {
  local = { home, boltPort: await freePort(), heap: '512m', pageCache: '64m' };
});
afterAll(async () => {
  await stopLocalNeo4j(local);
  rmSync(home, { recursive: true, force: true });
});

describe('restarts of the local Neo4j', () => {
  it('a run file whose process is gone is removed, and a new server starts', async () => {
    const gone = spawnSync('true').pid!;
    writeRunFile({ pid: gone, host: '127.0.0.1', port: local.boltPort, home, startedAt: 'x' });
    const first = await start();
    expect(first.alreadyRunning).toBe(false);
    expect(first.pid).not.toBe(gone);
    expect(lines).toContain(`Neo4j in ${home} (pid ${gone}) is gone: removing its run file.`);
  }, 180_000);

  it('a start right after a stop waits for the old server to exit, then starts a new one', async () => {
    const old = localPid(local)!;
    const stopping = stopLocalNeo4j(local); // marks the run file, signals, waits in the background
    expect(readRunFile(home)?.stopping).toBe(true);
    const next = await start();
    await stopping;
    expect(next.alreadyRunning).toBe(false);
    expect(next.pid).not.toBe(old);
    expect(localPid(local)).toBe(next.pid);
    expect(lines.some((l) => l.includes(`(pid ${old}) is stopping: waiting for it to exit`))).toBe(
      true,
    );
  }, 180_000);

  it('a server signalled by someone else (no mark) is not waited for once it exits', async () => {
    const old = localPid(local)!;
    process.kill(old, 'SIGTERM');
    // Once Bolt has closed, the process may still be shutting down: the start must not wait 90 s.
    while (!(await isPortFree('127.0.0.1', local.boltPort))) await sleep(50);
    const next = await start();
    expect(next.alreadyRunning).toBe(false);
    expect(next.pid).not.toBe(old);
  }, 180_000);

  it('a killed JVM: the next start starts anew', async () => {
    const old = localPid(local)!;
    process.kill(old, 'SIGKILL');
    const next = await start();
    expect(next.alreadyRunning).toBe(false);
    expect(next.pid).not.toBe(old);
  }, 180_000);

  it('Ctrl-C on a start under way, then a start at once: a server runs, no three-minute wait', async () => {
    await stopLocalNeo4j(local);
    const cli = spawn(process.execPath, [fromRoot('bin', 'policy-graph.js'), 'neo4j', 'start'], {
      env: {
        ...process.env,
        NEO4J_HOME: home,
        NEO4J_BOLT_PORT: String(local.boltPort),
        NEO4J_PASSWORD: PASSWORD,
        NEO4J_HEAP: '512m',
        NEO4J_PAGECACHE: '64m',
      },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => cli.on('exit', () => resolve()));
    while (!readRunFile(home)) await sleep(50); // the JVM is launched: Ctrl-C now
    cli.kill('SIGINT');
    await exited;
    const began = Date.now();
    const next = await start();
    expect(Date.now() - began).toBeLessThan(START_MS);
    expect(localPid(local)).toBe(next.pid);
  }, 180_000);

  it('two starts at once launch one server; the second finds it', async () => {
    await stopLocalNeo4j(local);
    const both = await Promise.all([start(), start()]);
    expect(both.map((r) => r.alreadyRunning).sort()).toEqual([false, true]);
    expect(both[0].pid).toBe(both[1].pid);
    expect(lines).toContain(`Another start of the Neo4j in ${home} is under way: waiting for it…`);
  }, 180_000);
});
