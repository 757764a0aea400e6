import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalNeo4jConfig } from '../../src/config/config.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local/local-server.js';
import { migrate } from '../../src/neo4j/migrations.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import type { Driver } from 'neo4j-driver';

// Issue 13 #9 and #12 on a Neo4j of its own (a temporary home, a free port), so stopping it does
// not disturb the shared test server: private files, and NEO4J_UNAVAILABLE (no hang) once it is
// gone.
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const home = mkdtempSync(join(tmpdir(), 'pg-down-'));
let local: LocalNeo4jConfig;
let driver: Driver;
let server: RunningServer;

beforeAll(async () => {
  local = { home, boltPort: await freePort(), heap: '512m', pageCache: '64m' };
  const started = await startLocalNeo4j(local, 'neo4j-down-test-pw', () => undefined);
  driver = createDriver({ ...started.connection, acquisitionTimeoutMs: 2_000 });
  await migrate(driver, 'neo4j');
  server = await startServer({
    config: { production: false, jwtSecret: undefined, jwksUrl: undefined },
    driver,
    database: 'neo4j',
    logger: pino({ level: 'silent' }),
    port: 0,
  });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await driver?.close();
  if (local) await stopLocalNeo4j(local);
  rmSync(home, { recursive: true, force: true });
});

/** Every folder and file below `dir` with its permission bits. */
function modes(dir: string): { path: string; dir: boolean; mode: number }[] {
  const stat = statSync(dir);
  const self = { path: dir, dir: stat.isDirectory(), mode: stat.mode & 0o777 };
  if (!stat.isDirectory()) return [self];
  return [self, ...readdirSync(dir).flatMap((name) => modes(join(dir, name)))];
}

const ask = async (query: string) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
};

describe('#9 the local Neo4j keeps its files private', () => {
  it('every folder is 700 and every file 600, the store included', () => {
    const entries = modes(home);
    expect(entries.filter((e) => e.path.includes('databases')).length).toBeGreaterThan(3);
    const open = entries.filter((e) => e.mode !== (e.dir ? 0o700 : 0o600));
    expect(open.map((e) => `${e.path} ${e.mode.toString(8)}`)).toEqual([]);
  });
});

describe('#12 Neo4j stopped', () => {
  // How fast the answer comes is the driver's settings' business (acquisitionTimeoutMs above) and a
  // benchmark's; here a request that hangs instead of failing runs into the test's timeout.
  it('answers while up, then NEO4J_UNAVAILABLE once stopped, and keeps serving', async () => {
    const up = await ask('{ people(limit: 1) { id } }');
    expect([up.status, up.body.errors]).toEqual([200, undefined]);
    await stopLocalNeo4j(local);
    const down = await ask('{ people(limit: 1) { id } }');
    expect(down.body.errors?.[0]?.extensions?.code).toBe('NEO4J_UNAVAILABLE');
    expect(down.body.data ?? null).toBeNull();
    expect(down.text).not.toMatch(/stacktrace|\/node_modules\/|\.ts:\d/);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', neo4j: 'down' });
    // The server outlives its database: the next request is answered the same way.
    const again = await ask('{ people(limit: 1) { id } }');
    expect(again.body.errors?.[0]?.extensions?.code).toBe('NEO4J_UNAVAILABLE');
  }, 60_000);
});
