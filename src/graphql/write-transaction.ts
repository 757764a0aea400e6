import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLFormattedError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { recordChange } from '../audit/record-change.js';
import { advanceGeneration } from '../neo4j/generation.js';
import { ErrorCode } from '../errors/codes.js';
import { timeLeft, type RequestContext } from './context.js';
import { graphql } from './graphql-cjs.js';
import { enforceResponseLimit } from './response-limit.js';
import { openWriteSession, type WriteSession } from './write-session.js';

export const MASS_DELETE_DIRECTIVE = 'allowMassDelete';

export interface WriteTransactionOptions {
  readonly driver: Driver;
  readonly database: string;
  /** A mutation deleting more nodes is refused unless it carries @allowMassDelete(upTo: n ≥ count). */
  readonly maxDeletedNodes: number;
  readonly log: (error: unknown) => void;
  /** Called after a commit (the cost model's shape is read again). */
  readonly committed?: () => void;
}

/**
 * Every mutation operation runs in ONE explicit transaction: all its root fields, the audit record
 * (src/audit/record-change.ts) and the checks, then one commit — or a rollback of everything when
 * any field failed, the answer is too large, or more nodes would be deleted than allowed.
 * (@neo4j/graphql alone runs each root field in its own transaction.)
 */
export function writeTransaction(
  options: WriteTransactionOptions,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ operation, contextValue, request, schema }) {
          if (operation.operation !== 'mutation') return;
          const session = options.driver.session({
            database: options.database,
            defaultAccessMode: 'WRITE',
          });
          const tx = session.beginTransaction({
            timeout: timeLeft(contextValue.deadline),
            metadata: { app: 'policy-graph', requestId: contextValue.requestId },
          });
          const allowance = Math.max(
            options.maxDeletedNodes,
            massDeleteAllowance(schema, operation, request.variables ?? {}),
          );
          const write = openWriteSession(session, tx, allowance, request.variables ?? {});
          contextValue.write = write;
          (contextValue as { executionContext?: unknown }).executionContext =
            write.executionContext;
        },
        async willSendResponse(requestContext) {
          const write = requestContext.contextValue.write;
          if (!write) return;
          requestContext.contextValue.write = undefined;
          try {
            await finish(requestContext, write, options);
          } finally {
            await write.session.close().catch(() => undefined);
          }
        },
      };
    },
  };
}

async function finish(
  requestContext: GraphQLRequestContext<RequestContext>,
  write: WriteSession,
  options: WriteTransactionOptions,
): Promise<void> {
  const body = requestContext.response.body;
  if (body?.kind !== 'single') return rollback(requestContext, write, []);
  enforceResponseLimit(requestContext);
  if (body.singleResult.errors?.length) return rollback(requestContext, write, []);
  if (write.counts.nodesDeleted > write.deleteAllowance) {
    return rollback(requestContext, write, [deleteLimitError(write)]);
  }
  const { contextValue } = requestContext;
  try {
    await recordChange(write.tx, {
      actor: `jwt:${contextValue.caller?.subject ?? 'unknown'}`,
      operation: 'graphql',
      name: requestContext.operationName ?? null,
      fields: write.fields,
      requestId: contextValue.requestId,
      entities: write.entities,
      counts: write.counts,
    });
    await advanceGeneration(write.tx);
    await write.tx.commit();
    options.committed?.();
  } catch (error) {
    options.log(error);
    return rollback(requestContext, write, [
      {
        message:
          'The write could not be committed (the database stopped answering); nothing was written.',
        extensions: { code: ErrorCode.NEO4J_UNAVAILABLE },
      },
    ]);
  }
}

async function rollback(
  requestContext: GraphQLRequestContext<RequestContext>,
  write: WriteSession,
  errors: GraphQLFormattedError[],
): Promise<void> {
  await write.tx.rollback().catch(() => undefined);
  const body = requestContext.response.body;
  if (body?.kind !== 'single') return;
  body.singleResult = {
    data: null,
    errors: [...(body.singleResult.errors ?? []), ...errors],
  };
}

function deleteLimitError(write: WriteSession): GraphQLFormattedError {
  const n = write.counts.nodesDeleted;
  return {
    message: `This mutation would delete ${n} nodes; more than ${write.deleteAllowance} need an explicit confirmation. Nothing was deleted. To confirm, write the operation as \`mutation … @${MASS_DELETE_DIRECTIVE}(upTo: ${n}) { … }\`.`,
    extensions: { code: ErrorCode.DELETE_LIMIT_EXCEEDED },
  };
}

/** upTo of @allowMassDelete on the operation (variables allowed), 0 without it. */
function massDeleteAllowance(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const directive = schema.getDirective(MASS_DELETE_DIRECTIVE);
  if (!directive) return 0;
  const values = graphql.getDirectiveValues(directive, operation, variables);
  const upTo = values?.upTo;
  return typeof upTo === 'number' && upTo > 0 ? upTo : 0;
}
