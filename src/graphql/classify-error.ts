import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from '../errors/codes.js';

export interface PublicError {
  readonly code: ErrorCode;
  readonly message: string;
}

const publicCodes = new Set<string>(Object.values(ErrorCode));
const ARMOR_LIMIT =
  /(depth|cost|aliases|directives|token) limit of \d+ exceeded|more tha[nt] \d+ tokens/i;
const CONTEXT_PREFIX = 'Context creation failed: ';

/** Maps any error to a public code and a message that is safe to show. */
export function classifyError(
  formatted: GraphQLFormattedError,
  original: unknown,
  production: boolean,
): PublicError {
  const code = String(formatted.extensions?.code ?? '');
  const message = formatted.message.startsWith(CONTEXT_PREFIX)
    ? formatted.message.slice(CONTEXT_PREFIX.length)
    : formatted.message;

  if (publicCodes.has(code)) return { code: code as ErrorCode, message };
  if (ARMOR_LIMIT.test(message)) {
    return { code: ErrorCode.QUERY_TOO_COMPLEX, message: message.replace(/^Syntax Error: /, '') };
  }
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
    case 'OPERATION_RESOLUTION_FAILURE':
      return { code: ErrorCode.GRAPHQL_INVALID, message };
    case 'BAD_REQUEST':
      return { code: ErrorCode.BAD_REQUEST, message };
  }
  const libraryError =
    original instanceof Error && original.name.startsWith('Neo4jGraphQL') ? original.name : '';
  if (libraryError && (libraryError.includes('Authentication') || message === 'Unauthenticated')) {
    return {
      code: ErrorCode.UNAUTHENTICATED,
      message: 'Unauthenticated: this operation needs a JWT with the role "editor".',
    };
  }
  if (libraryError === 'Neo4jGraphQLForbiddenError') {
    return {
      code: ErrorCode.FORBIDDEN,
      message: 'Forbidden: the JWT does not allow this operation.',
    };
  }
  if (original instanceof Neo4jError) return classifyNeo4jError(original, production);
  if (libraryError) return { code: ErrorCode.BAD_USER_INPUT, message };
  return {
    code: ErrorCode.INTERNAL,
    message: production ? 'Internal error.' : `Internal error: ${message}`,
  };
}

function classifyNeo4jError(error: Neo4jError, production: boolean): PublicError {
  const code = error.code ?? '';
  // Over the transaction timeout Neo4j stops the query (TransactionTimedOut…) or, while it waits
  // for a lock, the lock client (LockClientStopped).
  if (/TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(code)) {
    return {
      code: ErrorCode.QUERY_TIMEOUT,
      message:
        'The query took too long and was stopped; ask for less (smaller depth, limit or scope).',
    };
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return {
      code: ErrorCode.NEO4J_UNAVAILABLE,
      message: 'The database is not reachable; try again later.',
    };
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return { code: ErrorCode.BAD_USER_INPUT, message: 'An entity with this id already exists.' };
  }
  return {
    code: ErrorCode.INTERNAL,
    message: production ? 'Internal error.' : `Internal error: ${code} ${error.message}`,
  };
}
