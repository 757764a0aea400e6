import { createServer, type Server } from 'node:http';
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { DEFAULT_RESPONSE_CACHE_MB, type Config } from '../config/config.js';
import { AnswerCache } from '../graphql/answer-cache.js';
import { createApolloServer } from '../graphql/apollo.js';
import { buildSchema } from '../graphql/build-schema.js';
import { buildContext, type RequestContext } from '../graphql/context.js';
import { QUERY_TIMEOUT_MS } from '../graphql/limits.js';
import type { ShapeStore } from '../graphql/shape/shape-store.js';
import { GenerationReader, readGeneration } from '../neo4j/generation.js';
import { createTokenVerifier } from '../graphql/token-verifier.js';
import { cachedAnswers } from './cached-answers.js';
import { graphiqlRouter } from './graphiql.js';
import { healthRouter } from './health.js';
import { fallbackHandlers } from './fallback.js';
import { requestLog } from './request-log.js';
import { securityHeaders } from './security-headers.js';

export interface AppOptions {
  readonly config: Pick<Config, 'production' | 'jwtSecret' | 'jwksUrl'> &
    Partial<
      Pick<
        Config,
        'host' | 'introspection' | 'jwtMaxLifetimeSeconds' | 'maxDeletedNodes' | 'responseCacheMb'
      >
    >;
  /** The process's one driver; the caller owns it (and closes it after `stop`). */
  readonly driver: Driver;
  readonly database: string;
  readonly logger: Logger;
  /** Extra routers (dashboard at /, exports…), mounted after /health and /graphql. */
  readonly routers?: readonly Router[];
  readonly queryTimeoutMs?: number;
  readonly apolloPlugins?: ApolloServerPlugin<RequestContext>[];
  /** The graph shape of the cost model (default: one of its own, read at start). */
  readonly shapes?: ShapeStore;
}

export interface App {
  readonly app: Express;
  /** Not listening yet: `startServer` (or a test) calls listen. */
  readonly httpServer: Server;
  readonly apollo: ApolloServer<RequestContext>;
}

/**
 * The HTTP application: /health, /graphql (Apollo; GraphiQL for browsers), then the extra routers.
 * Apollo drains in-flight requests on stop (drain plugin), so `apollo.stop()` is the graceful shutdown.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const { config, driver, database, logger } = options;
  const mutationsEnabled = Boolean(config.jwtSecret ?? config.jwksUrl);
  if (!mutationsEnabled) {
    logger.warn('JWT_SECRET is not set: mutations are disabled, reads stay public');
  }
  const schema = await buildSchema({
    driver,
    jwtSecret: config.jwtSecret,
    jwksUrl: config.jwksUrl,
  });
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: they are POSTed (nothing to revalidate); static files keep theirs.
  app.set('etag', false);
  const answers = answerCache(options);
  const httpServer = createServer(app);
  const apollo = createApolloServer({
    schema,
    production: config.production,
    mutationsEnabled,
    logger,
    driver,
    database,
    ...(config.introspection === undefined ? {} : { introspection: config.introspection }),
    ...(config.maxDeletedNodes === undefined ? {} : { maxDeletedNodes: config.maxDeletedNodes }),
    ...(answers ? { answers } : {}),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ...(options.apolloPlugins ?? [])],
    ...(options.shapes ? { shapes: options.shapes } : {}),
  });
  await apollo.start();

  const contextOptions = {
    database,
    queryTimeoutMs: options.queryTimeoutMs ?? QUERY_TIMEOUT_MS,
    verifier: createTokenVerifier(config),
  };
  const json = express.json({ limit: '100kb' });
  app.use(securityHeaders());
  app.use(requestLog(logger));
  // Cached answers first: a hit is sent before any other route is tried (the body is read once).
  if (answers) app.post('/graphql', json, cachedAnswers(answers));
  app.use(healthRouter(driver, database));
  app.use(graphiqlRouter('/graphql'));
  app.use(
    '/graphql',
    json,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = await buildContext(
          contextOptions,
          req.headers.authorization,
          res.locals.requestId as string | undefined,
        );
        const answerKey = res.locals.answerKey as string | undefined;
        return answerKey ? { ...context, answerKey } : context;
      },
    }),
  );
  for (const router of options.routers ?? []) app.use(router);
  app.use(...fallbackHandlers(logger, config.production));
  return { app, httpServer, apollo };
}

function answerCache(options: AppOptions): AnswerCache | undefined {
  const mb = options.config.responseCacheMb ?? DEFAULT_RESPONSE_CACHE_MB;
  if (mb <= 0) return undefined;
  const generation = new GenerationReader(readGeneration(options.driver, options.database));
  return new AnswerCache({ generation, maxBytes: mb * 2 ** 20 });
}
