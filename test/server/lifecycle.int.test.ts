import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/start-server.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { bearer, signToken, TEST_JWT_SECRET } from '../graphql/tokens.js';
import { startTestServer, type TestServer } from './http-harness.js';

// Health when Neo4j is down, production error hiding, query timeout, graceful shutdown.
let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
  await loadFoundingGraph(api.driver, api.database);
});
afterAll(async () => api?.stop());

describe('/health', () => {
  it('is 503 when Neo4j does not answer', async () => {
    const deadDriver = neo4j.driver(
      'bolt://127.0.0.1:9',
      neo4j.auth.basic('neo4j', 'unused-password'),
    );
    const server = await startServer({
      config: { production: true, jwtSecret: undefined, jwksUrl: undefined },
      driver: deadDriver,
      database: 'neo4j',
      logger: pino({ level: 'silent' }),
      port: 0,
      host: '127.0.0.1',
    });
    try {
      const response = await fetch(`${server.url}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'unavailable', neo4j: 'down' });
    } finally {
      await server.stop();
      await deadDriver.close();
    }
  });
});

describe('errors', () => {
  it('production hides Neo4j details; development shows them', async () => {
    const query = '{ people(limit: 1) { id } }';
    const production = await startTestServer({ production: true, database: 'no-such-database' });
    const development = await startTestServer({ production: false, database: 'no-such-database' });
    try {
      const hidden = await production.graphql(query);
      expect(hidden.body.errors?.[0]).toEqual({
        message: 'Internal error.',
        locations: [{ line: 1, column: 3 }],
        path: ['people'],
        extensions: { code: 'INTERNAL' },
      });
      expect(JSON.stringify(hidden.body)).not.toMatch(/Neo\.|no-such-database|stacktrace/);
      const shown = await development.graphql(query);
      expect(shown.body.errors?.[0]?.extensions?.code).toBe('INTERNAL');
      expect(shown.body.errors?.[0]?.message).toMatch(/no-such-database/);
    } finally {
      await production.stop();
      await development.stop();
    }
  });

  it('a statement over the transaction timeout is stopped with QUERY_TIMEOUT, nothing written', async () => {
    // Another transaction holds the write lock on Sandra Gallina, so the mutation waits past 500 ms.
    const slow = await startTestServer({
      production: true,
      queryTimeoutMs: 500,
      jwtSecret: TEST_JWT_SECRET,
    });
    const session = api.driver.session({ database: api.database });
    const lock = await session.beginTransaction();
    try {
      await lock.run("MATCH (p:Person {id: 'person:sandra-gallina'}) SET p.locked = true");
      // The lock is held until `finally`: without the timeout the request would wait for it until
      // the test's own timeout fails the test.
      const response = await slow.graphql(
        'mutation { updatePeople(where: { id: { eq: "person:sandra-gallina" } }, update: { name: { set: "X" } }) { people { name } } }',
        undefined,
        { authorization: bearer(await signToken({ roles: ['editor'] })) },
      );
      expect(response.body.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
      expect(JSON.stringify(response.body)).not.toMatch(/Neo\./);
      // Stopped, not abandoned: no transaction of the API is still waiting on the lock.
      expect(await blockedTransactions(api)).toBe(0);
    } finally {
      await lock.rollback();
      await session.close();
      await slow.stop();
    }
    const { records } = await api.driver.executeQuery(
      "MATCH (p:Person {id: 'person:sandra-gallina'}) RETURN p.name AS name, p.locked AS locked",
      {},
      { database: api.database },
    );
    expect(records[0]?.toObject()).toEqual({ name: 'Sandra Gallina', locked: null });
  });
});

describe('graceful shutdown', () => {
  it('finishes a request that is still running when stop begins, then refuses new connections', async () => {
    // The request is held open for real: its write waits on a lock another transaction holds.
    const server = await startTestServer({ jwtSecret: TEST_JWT_SECRET });
    const session = api.driver.session({ database: api.database });
    const lock = await session.beginTransaction();
    try {
      await lock.run("MATCH (p:Person {id: 'person:sandra-gallina'}) SET p.locked = true");
      const inFlight = server.graphql(
        'mutation { updatePeople(where: { id: { eq: "person:sandra-gallina" } }, update: { name: { set: "Sandra Gallina" } }) { people { name } } }',
        undefined,
        { authorization: bearer(await signToken({ roles: ['editor'] })) },
      );
      await waitForBlockedTransaction(api);
      let stopped = false;
      const stopping = server.server.stop().then(() => (stopped = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stopped).toBe(false); // still draining: the request has not finished
      await expect(fetch(`${server.url}/health`)).rejects.toThrow(); // no new connections
      await lock.rollback();
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        updatePeople: { people: [{ name: 'Sandra Gallina' }] },
      });
      await stopping;
      expect(stopped).toBe(true);
      // Stopped for good: its port can be listened on again.
      await expect(listenOnce(server.server.port)).resolves.toBe(server.server.port);
    } finally {
      if (lock.isOpen()) await lock.rollback();
      await session.close();
      await server.driver.close();
    }
  });
});

/** How many of the API's transactions wait on a lock (SHOW TRANSACTIONS). */
async function blockedTransactions(on: TestServer): Promise<number> {
  const { records } = await on.driver.executeQuery(
    "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.app = 'policy-graph' AND status STARTS WITH 'Blocked' RETURN count(*) AS blocked",
    {},
    { database: on.database },
  );
  return records[0]?.get('blocked').toNumber() ?? 0;
}

/** Waits until the API's transaction is blocked on the test's lock. */
async function waitForBlockedTransaction(on: TestServer): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if ((await blockedTransactions(on)) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the GraphQL request never waited on the lock');
}

/** Listens on `port` (127.0.0.1) and closes again: resolves with the port, rejects when it is taken. */
async function listenOnce(port: number): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', resolve);
  });
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
