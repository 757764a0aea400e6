import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { createApolloServer } from '../../src/graphql/apollo.js';
import { buildSchema } from '../../src/graphql/build-schema.js';
import { buildContext, type RequestContext } from '../../src/graphql/context.js';
import { QUERY_TIMEOUT_MS } from '../../src/graphql/limits.js';
import { schemaIndex } from '../../src/graphql/shape/schema-index.js';
import { ShapeStore } from '../../src/graphql/shape/shape-store.js';
import { createTokenVerifier } from '../../src/graphql/token-verifier.js';
import { openTestDriver } from '../../harness/database.js';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface GraphQLHarness {
  readonly driver: Driver;
  readonly database: string;
  readonly apollo: ApolloServer<RequestContext>;
  /** Runs one operation through Apollo's executeOperation (no HTTP), context built as for HTTP. */
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    authorization?: string,
  ): Promise<GraphQLResult<T>>;
  /** Reads the graph's shape again (after a test loads data): the cost model sees it at once. */
  refreshShape(): Promise<void>;
  stop(): Promise<void>;
}

/** The real schema and Apollo server on the test database (no HTTP). */
export async function startGraphQL(
  options: { jwtSecret?: string; jwksUrl?: string; production?: boolean } = {},
): Promise<GraphQLHarness> {
  const { driver, connection } = openTestDriver();
  const database = connection.database;
  const jwt = { jwtSecret: options.jwtSecret, jwksUrl: options.jwksUrl };
  const schema = await buildSchema({ driver, ...jwt });
  const shapes = new ShapeStore({ driver, database, properties: schemaIndex().properties });
  const apollo = createApolloServer({
    schema,
    production: options.production ?? false,
    mutationsEnabled: Boolean(options.jwtSecret ?? options.jwksUrl),
    logger: pino({ level: 'silent' }),
    driver,
    database,
    shapes,
  });
  await apollo.start();
  const verifier = createTokenVerifier(jwt);
  const contextOptions = { database, queryTimeoutMs: QUERY_TIMEOUT_MS, verifier };
  return {
    driver,
    database,
    apollo,
    async run<T>(query: string, variables?: Record<string, unknown>, authorization?: string) {
      const contextValue = await buildContext(contextOptions, authorization);
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GraphQLResult<T>;
    },
    refreshShape: () => shapes.refresh(),
    async stop() {
      await apollo.stop();
      await driver.close();
    },
  };
}
