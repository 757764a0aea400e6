import { isAppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { mergeEntities, type MergeResult } from '../merge/merge-entities.js';
import type { RequestContext } from './context.js';
import { graphql } from './graphql-cjs.js';

const { GraphQLError } = graphql;

/**
 * `mergeEntities(keep, drop, reason)`: src/merge/merge-entities.ts inside the mutation operation's
 * one transaction (./write-transaction.ts), so it commits or rolls back with the operation.
 */
export async function mergeEntitiesResolver(
  _source: unknown,
  args: { keep: string; drop: string; reason: string },
  context: RequestContext,
): Promise<MergeResult> {
  const write = context.write;
  if (!write) {
    throw new GraphQLError('mergeEntities runs only inside a mutation operation.', {
      extensions: { code: ErrorCode.INTERNAL },
    });
  }
  try {
    return await mergeEntities(write.tx, {
      ...args,
      actor: `jwt:${context.caller?.subject ?? 'unknown'}`,
      requestId: context.requestId,
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new GraphQLError(error.message, {
      extensions: { code: error.code, ...(error.hint ? { hint: error.hint } : {}) },
    });
  }
}
