import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { RequestContext } from './context.js';
import { createFormatError } from './format-error.js';
import { introspectionRule } from './introspection/rules.js';
import { IntrospectionRunner } from './introspection/runner.js';
import { armor, MAX_TOKENS } from './limits.js';
import { operationGuard } from './operation-guard.js';
import { stringifyResult } from './raw-result.js';
import { schemaIndex } from './shape/schema-index.js';
import { ShapeStore } from './shape/shape-store.js';
import { writeGuard } from './write-guard.js';
import type { AnswerCache } from './answer-cache.js';
import { responseCache } from './response-cache.js';
import { writeTransaction } from './write-transaction.js';

/** Nodes a mutation may delete without @allowMassDelete unless configured (MAX_DELETED_NODES). */
export const DEFAULT_MAX_DELETED_NODES = 50;

export interface ApolloOptions {
  readonly schema: GraphQLSchema;
  readonly production: boolean;
  readonly mutationsEnabled: boolean;
  readonly logger: Logger;
  /** Mutations run in one transaction of this driver (see ./write-transaction.ts). */
  readonly driver: Driver;
  readonly database: string;
  /** Introspection (GraphiQL's schema); default: on in development, off in production. */
  readonly introspection?: boolean;
  readonly maxDeletedNodes?: number;
  readonly plugins?: ApolloServerPlugin<RequestContext>[];
  /** The graph's shape for the cost model; default: read from `driver` at start and kept fresh. */
  readonly shapes?: ShapeStore;
  /** Read answers keyed by the graph's generation (./answer-cache.ts); none: every answer computed. */
  readonly answers?: AnswerCache;
}

/**
 * Apollo Server over the @neo4j/graphql schema: armor limits, the cost model, bounded introspection
 * (in a worker thread), the write guard, one transaction per mutation operation with its audit
 * record, one error boundary. CSRF prevention stays on (Apollo's default). The landing page is ours
 * (offline GraphiQL).
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<RequestContext> {
  const protection = armor(options.production);
  const log = options.logger.child({ component: 'graphql' });
  const introspection = options.introspection ?? !options.production;
  const runner = introspection ? new IntrospectionRunner(options.schema) : undefined;
  const shapes =
    options.shapes ??
    new ShapeStore({
      driver: options.driver,
      database: options.database,
      properties: schemaIndex().properties,
      onError: (error) =>
        log.warn({ err: error }, 'graph shape not read: costs use requested sizes'),
    });
  return new ApolloServer<RequestContext>({
    schema: options.schema,
    csrfPrevention: true,
    // Shutdown is ours (src/server/shutdown.ts): drain, then close the driver, then exit.
    stopOnTerminationSignals: false,
    introspection,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    stringifyResult,
    validationRules: [...protection.validationRules, introspectionRule],
    // The token limit lives in the parser itself, so a huge document is a 400 parse error.
    parseOptions: { maxTokens: MAX_TOKENS },
    logger: log,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<RequestContext>[]),
      writeGuard(options.mutationsEnabled),
      operationGuard(runner, shapes) as ApolloServerPlugin<RequestContext>,
      writeTransaction({
        driver: options.driver,
        database: options.database,
        maxDeletedNodes: options.maxDeletedNodes ?? DEFAULT_MAX_DELETED_NODES,
        log: (error) => log.error({ err: error }, 'mutation not committed'),
        committed: () => void shapes.refresh(),
      }),
      {
        async serverWillStart() {
          // A large graph's first read goes on in the background; until then costs use the
          // requested sizes (the model without a shape).
          if (!shapes.current()) {
            await Promise.race([
              shapes.refresh(),
              new Promise((r) => setTimeout(r, 5_000).unref()),
            ]);
          }
          return { serverWillStop: async () => runner?.close() };
        },
      },
      ApolloServerPluginLandingPageDisabled(),
      ...(options.plugins ?? []),
      // Last: it keeps (and sends) the answer exactly as the plugins above left it.
      ...(options.answers ? [responseCache(options.answers)] : []),
    ],
    formatError: createFormatError({
      production: options.production,
      log: (error, publicError) =>
        log.error({ err: error, code: publicError.code }, 'request failed'),
    }),
  });
}
