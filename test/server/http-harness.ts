import type { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { schemaIndex } from '../../src/graphql/shape/schema-index.js';
import { ShapeStore } from '../../src/graphql/shape/shape-store.js';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { openTestDriver } from '../../harness/database.js';

export interface HttpResponse {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
  };
}

export interface TestServer {
  readonly url: string;
  readonly driver: Driver;
  readonly database: string;
  readonly server: RunningServer;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<HttpResponse>;
  stop(): Promise<void>;
  /** Reads the graph's shape again (after a test loads data): the cost model sees it at once. */
  refreshShape(): Promise<void>;
}

/** The real HTTP server on a free port (127.0.0.1), on the test database. */
export async function startTestServer(
  options: {
    jwtSecret?: string;
    production?: boolean;
    queryTimeoutMs?: number;
    database?: string;
    routers?: Router[];
    introspection?: boolean;
    maxDeletedNodes?: number;
    driver?: Driver;
  } = {},
): Promise<TestServer> {
  const opened = options.driver ? undefined : openTestDriver();
  const driver = options.driver ?? (opened as { driver: Driver }).driver;
  const database = options.database ?? opened?.connection.database ?? 'neo4j';
  // The cost model's graph shape, refreshed by the tests that load data after the start (else it
  // waits for the count store's next look, spaced by how long the last read took).
  const shapes = new ShapeStore({ driver, database, properties: schemaIndex().properties });
  const server = await startServer({
    shapes,
    config: {
      production: options.production ?? false,
      jwtSecret: options.jwtSecret,
      jwksUrl: undefined,
      ...(options.introspection === undefined ? {} : { introspection: options.introspection }),
      ...(options.maxDeletedNodes === undefined
        ? {}
        : { maxDeletedNodes: options.maxDeletedNodes }),
    },
    driver,
    database,
    logger: pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    ...(options.queryTimeoutMs ? { queryTimeoutMs: options.queryTimeoutMs } : {}),
    ...(options.routers ? { routers: options.routers } : {}),
  });
  return {
    url: server.url,
    driver,
    database,
    server,
    refreshShape: () => shapes.refresh(),
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as HttpResponse['body'] };
    },
    async stop() {
      await server.stop();
      if (opened) await driver.close();
    },
  };
}
