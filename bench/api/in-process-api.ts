import { pino } from 'pino';
import type { Driver } from 'neo4j-driver';
import { createApolloServer } from '../../src/graphql/apollo.js';
import { buildSchema } from '../../src/graphql/build-schema.js';
import { buildContext } from '../../src/graphql/context.js';
import { QUERY_TIMEOUT_MS } from '../../src/graphql/limits.js';
import { schemaIndex } from '../../src/graphql/shape/schema-index.js';
import { ShapeStore } from '../../src/graphql/shape/shape-store.js';
import { createTokenVerifier } from '../../src/graphql/token-verifier.js';

/** The production API in process (Apollo's executeOperation, no HTTP): one operation at a time. */
export async function startInProcessApi(driver: Driver, database: string) {
  const schema = await buildSchema({ driver, jwtSecret: undefined, jwksUrl: undefined });
  const shapes = new ShapeStore({ driver, database, properties: schemaIndex().properties });
  const apollo = createApolloServer({
    schema,
    production: true,
    mutationsEnabled: false,
    logger: pino({ level: 'silent' }),
    driver,
    database,
    shapes,
  });
  await apollo.start();
  await shapes.refresh();
  const verifier = createTokenVerifier({ jwtSecret: undefined, jwksUrl: undefined });
  const context = { database, queryTimeoutMs: QUERY_TIMEOUT_MS, verifier };
  return {
    schema,
    shapes,
    /** Runs one operation; throws on errors (a benchmark measures answers, not failures). */
    async run(query: string): Promise<unknown> {
      const response = await apollo.executeOperation(
        { query },
        { contextValue: await buildContext(context, undefined) },
      );
      if (response.body.kind === 'single' && response.body.singleResult.errors)
        throw new Error(JSON.stringify(response.body.singleResult.errors));
      return response.body.kind === 'single' ? response.body.singleResult.data : undefined;
    },
    stop: () => apollo.stop(),
  };
}
