import { AppError } from './app-error.js';
import { ErrorCode } from './codes.js';

const LOST =
  /Connection was closed|ECONNRESET|ECONNREFUSED|Pool is closed|connection.*(lost|terminated)/i;

/** Did this error come from losing (or never reaching) the Neo4j server? */
export function isLostConnection(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return true;
  return error instanceof Error && LOST.test(error.message);
}

/**
 * The one message for a write cut off by a lost connection (seed, import, merge…): what happened,
 * the driver's own words as the cause, and that nothing of the interrupted transaction was written
 * (Neo4j rolls back a transaction whose connection drops before commit).
 */
export function lostConnectionError(error: unknown, what = 'the command'): AppError {
  const cause = error instanceof Error ? error.message : String(error);
  return new AppError(
    ErrorCode.NEO4J_UNAVAILABLE,
    `The connection to Neo4j was lost during ${what} (${cause}); nothing was written by the interrupted transaction (Neo4j rolled it back).`,
    {
      hint: 'Check that Neo4j is running (`policy-graph neo4j status`), then run the command again.',
      cause: error,
    },
  );
}
