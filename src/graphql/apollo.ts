import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { RequestContext } from './context.js';
import { createFormatError } from './format-error.js';
import { armor, MAX_TOKENS } from './limits.js';
import { writeGuard } from './write-guard.js';

export interface ApolloOptions {
  readonly schema: GraphQLSchema;
  readonly production: boolean;
  readonly mutationsEnabled: boolean;
  readonly logger: Logger;
  readonly plugins?: ApolloServerPlugin<RequestContext>[];
}

/**
 * Apollo Server over the @neo4j/graphql schema: armor limits, the write guard, one error boundary.
 * CSRF prevention stays on (Apollo's default). The landing page is ours (offline GraphiQL).
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<RequestContext> {
  const protection = armor(options.production);
  const log = options.logger.child({ component: 'graphql' });
  return new ApolloServer<RequestContext>({
    schema: options.schema,
    csrfPrevention: true,
    // Shutdown is ours (src/server/shutdown.ts): drain, then close the driver, then exit.
    stopOnTerminationSignals: false,
    introspection: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: protection.validationRules,
    // The token limit lives in the parser itself, so a huge document is a 400 parse error.
    parseOptions: { maxTokens: MAX_TOKENS },
    logger: log,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<RequestContext>[]),
      writeGuard(options.mutationsEnabled),
      ApolloServerPluginLandingPageDisabled(),
      ...(options.plugins ?? []),
    ],
    formatError: createFormatError({
      production: options.production,
      log: (error, publicError) =>
        log.error({ err: error, code: publicError.code }, 'request failed'),
    }),
  });
}
