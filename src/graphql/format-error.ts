import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/codes.js';
import { classifyError, type PublicError } from './classify-error.js';

export interface FormatErrorOptions {
  /** Production hides internal messages; development keeps them (never a stack trace) to ease debugging. */
  readonly production: boolean;
  readonly log: (error: unknown, publicError: PublicError) => void;
}

const fallback: GraphQLFormattedError = {
  message: 'Internal error.',
  extensions: { code: ErrorCode.INTERNAL },
};

/**
 * The API's one error boundary: every error leaves with a public code (src/errors/codes.ts) and a
 * message for people; Neo4j and internal details stay in the logs in production. Never throws.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      const original = unwrapResolverError(error);
      const publicError = classifyError(formatted, original, options.production);
      if (
        publicError.code === ErrorCode.INTERNAL ||
        publicError.code === ErrorCode.NEO4J_UNAVAILABLE
      ) {
        options.log(original, publicError);
      }
      return {
        message: publicError.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        // No stack trace, in any mode: it names files and internals (they are in the log).
        extensions: { code: publicError.code },
      };
    } catch {
      return fallback;
    }
  };
}
