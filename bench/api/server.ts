import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { buildContext, type RequestContext } from '../../src/graphql/context.js';
import { QUERY_TIMEOUT_MS } from '../../src/graphql/limits.js';
import { schemaIndex } from '../../src/graphql/shape/schema-index.js';
import { ShapeStore } from '../../src/graphql/shape/shape-store.js';
import { createTokenVerifier } from '../../src/graphql/token-verifier.js';
import { createApp } from '../../src/server/create-app.js';
import { createLogger } from '../../src/server/logger.js';
import type { BenchDb } from '../bench-db.js';

/** The real HTTP app (as `serve` builds it) on a free loopback port, in this process. */
export interface RunningApi {
  readonly url: string;
  readonly apollo: ApolloServer<RequestContext>;
  readonly context: () => Promise<RequestContext>;
  stop(): Promise<void>;
}

/**
 * `responseCacheMb` 0 (the default here) measures computed answers: every request translated and
 * run; the API section starts a second app with the cache on for the repeated-question column.
 */
export async function startApi(db: BenchDb, responseCacheMb = 0): Promise<RunningApi> {
  const config = { production: false, jwtSecret: undefined, jwksUrl: undefined, responseCacheMb };
  // The cost model's shape is read before measuring (on a million entities it takes a while and
  // would otherwise run beside the first rounds).
  const shapes = new ShapeStore({
    driver: db.driver,
    database: db.connection.database,
    properties: schemaIndex().properties,
  });
  await shapes.refresh();
  const { httpServer, apollo } = await createApp({
    config,
    driver: db.driver,
    database: db.connection.database,
    logger: createLogger('error'),
    shapes,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const contextOptions = {
    database: db.connection.database,
    queryTimeoutMs: QUERY_TIMEOUT_MS,
    verifier: createTokenVerifier(config),
  };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    apollo,
    context: () => buildContext(contextOptions, undefined),
    stop: () => apollo.stop(),
  };
}
