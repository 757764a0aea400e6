import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalNeo4jConfig } from '../../src/config/config.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { localPid, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/local-server.js';
import { isPortFree } from '../../src/neo4j/local/port.js';
import { serverInfo } from '../../src/neo4j/server-info.js';
import { freePort } from '../../harness/free-port.js';

// A second local server in a temporary home, on a free port: the launcher's own life cycle.

const home = mkdtempSync(join(tmpdir(), 'pg-launcher-'));
const lines: string[] = [];
const log = (line: string): void => void lines.push(line);
let local: LocalNeo4jConfig;

afterAll(async () => {
  if (local) await stopLocalNeo4j(local);
  rmSync(home, { recursive: true, force: true });
});

describe('local Neo4j launcher', () => {
  it('starts, reports status and version, is idempotent, and stops cleanly', async () => {
    local = { home, boltPort: await freePort(), heap: '512m', pageCache: '128m' };
    const first = await startLocalNeo4j(local, 'launcher-test-pw', log);
    expect(first.alreadyRunning).toBe(false);
    expect(localPid(local)).toBe(first.pid);

    const driver = createDriver(first.connection);
    try {
      const info = await serverInfo(driver, 'neo4j');
      expect(info.version).toMatch(/^5\.26\./);
      expect(info.apoc).toMatch(/^5\.26\./);
    } finally {
      await driver.close();
    }

    const again = await startLocalNeo4j(local, 'launcher-test-pw', log);
    expect(again).toMatchObject({ alreadyRunning: true, pid: first.pid });

    // Asked for another port (NEO4J_BOLT_PORT unset → 7687, say): the server running in this home
    // is found through its run file, on the port it really listens on.
    const elsewhere = await startLocalNeo4j(
      { ...local, boltPort: await freePort() },
      'launcher-test-pw',
      log,
    );
    expect(elsewhere).toMatchObject({ alreadyRunning: true, pid: first.pid });
    expect(elsewhere.connection.uri).toBe(`bolt://127.0.0.1:${local.boltPort}`);
    expect(lines).toContain(`Neo4j in ${home} already runs on port ${local.boltPort}: using it.`);

    await expect(startLocalNeo4j(local, 'a-wrong-password', log)).rejects.toMatchObject({
      code: 'NEO4J_AUTH_FAILED',
    });

    expect(await stopLocalNeo4j(local)).toBe(true);
    expect(localPid(local)).toBeUndefined();
    expect(await isPortFree('127.0.0.1', local.boltPort)).toBe(true);
    expect(await stopLocalNeo4j(local)).toBe(false);

    // A warm start on the existing store (same password already set) comes up again with its data.
    const warm = await startLocalNeo4j(local, 'launcher-test-pw', log);
    expect(warm.alreadyRunning).toBe(false);
    const again2 = createDriver(warm.connection);
    try {
      expect((await serverInfo(again2, 'neo4j')).version).toMatch(/^5\.26\./);
    } finally {
      await again2.close();
    }
    expect(await stopLocalNeo4j(local)).toBe(true);
  }, 240_000);

  it('refuses a port held by another program, saying which', async () => {
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const busy = { home: join(home, 'busy'), boltPort: port, heap: '512m', pageCache: '128m' };
      await expect(startLocalNeo4j(busy, 'launcher-test-pw', log)).rejects.toMatchObject({
        code: 'NEO4J_PORT_IN_USE',
        message: expect.stringContaining(String(port)),
      });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
