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
const INTROSPECTION_OFF = /introspection (has been disabled|is not allowed)/i;
const INT_OVERFLOW =
  /Int cannot represent non[- ]32-bit signed integer|Int cannot represent non-integer/;

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

  // Armor's limits come back with whatever code Apollo gave them (even BAD_USER_INPUT).
  if (ARMOR_LIMIT.test(message)) {
    return { code: ErrorCode.QUERY_TOO_COMPLEX, message: message.replace(/^Syntax Error: /, '') };
  }
  if (publicCodes.has(code)) return { code: code as ErrorCode, message };
  // A validation rule's own code survives Apollo's GRAPHQL_VALIDATION_FAILED wrapper here.
  const inner = (original as { originalError?: { extensions?: { code?: unknown } } } | undefined)
    ?.originalError?.extensions?.code;
  if (typeof inner === 'string' && publicCodes.has(inner)) {
    return { code: inner as ErrorCode, message };
  }
  if (INTROSPECTION_OFF.test(message)) {
    return {
      code: ErrorCode.INTROSPECTION_DISABLED,
      message:
        'Introspection is disabled on this server (production); set GRAPHQL_INTROSPECTION=true to enable it.',
    };
  }
  if (INT_OVERFLOW.test(message)) return { code: ErrorCode.BAD_USER_INPUT, message };
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
  if (message === 'Unauthenticated' || libraryError.includes('Authentication')) {
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
  // A query's own check (apoc.util.validate with a public code first: `NOT_FOUND: no programme…`).
  const checked = /RuntimeException: (NOT_FOUND|BAD_USER_INPUT): (.*)$/s.exec(error.message);
  if (code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && checked)
    return { code: ErrorCode[checked[1] as 'NOT_FOUND' | 'BAD_USER_INPUT'], message: checked[2]! };
  // Whatever argument check missed (SKIP/LIMIT out of range…) is still the caller's input.
  if (code === 'Neo.ClientError.Statement.ArgumentError') {
    return { code: ErrorCode.BAD_USER_INPUT, message: 'An argument is out of range.' };
  }
  return {
    code: ErrorCode.INTERNAL,
    message: production ? 'Internal error.' : `Internal error: ${code} ${error.message}`,
  };
}
