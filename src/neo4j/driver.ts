import neo4j, { type Driver } from 'neo4j-driver';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import type { Neo4jConnection } from './connection.js';

/** Default wait for a connection: a request fails with NEO4J_UNAVAILABLE after this, not 30 s. */
export const DEFAULT_ACQUISITION_TIMEOUT_MS = 3_000;

/**
 * One driver per process. `neo4j://` URIs route reads and writes across a cluster; `bolt://` talks
 * to one server. Sessions opened with `defaultAccessMode` READ/WRITE and the driver's own bookmark
 * manager give causal consistency without any bookkeeping here.
 *
 * Fast failure when Neo4j is unreachable: connecting and waiting for a pooled connection are bounded
 * by `acquisitionTimeoutMs`, and managed transactions (executeRead/executeWrite) stop retrying a
 * dead server after half of it (their back-off adds up to about as much again), so a request
 * answers NEO4J_UNAVAILABLE within a few seconds (measured: 33 s before).
 */
export function createDriver(connection: Neo4jConnection): Driver {
  const timeout = connection.acquisitionTimeoutMs ?? DEFAULT_ACQUISITION_TIMEOUT_MS;
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    userAgent: 'policy-graph/0.1',
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: timeout,
    connectionTimeout: timeout,
    maxTransactionRetryTime: Math.round(timeout / 2),
    disableLosslessIntegers: false,
  });
}

/** Checks that the server answers and the credentials work; translates failures once, here. */
export async function verifyDriver(driver: Driver, connection: Neo4jConnection): Promise<void> {
  try {
    await driver.verifyAuthentication();
    await driver.verifyConnectivity();
  } catch (error) {
    throw translateConnectError(error, connection);
  }
}

export function translateConnectError(error: unknown, connection: Neo4jConnection): AppError {
  const code = (error as { code?: string }).code ?? '';
  if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
    return new AppError(
      ErrorCode.NEO4J_AUTH_FAILED,
      `Neo4j at ${connection.uri} refused user "${connection.user}": wrong password.`,
      { hint: 'Set NEO4J_USER / NEO4J_PASSWORD to the credentials of that server.', cause: error },
    );
  }
  return new AppError(ErrorCode.NEO4J_UNAVAILABLE, `Neo4j at ${connection.uri} is not answering.`, {
    hint: 'Start it (`policy-graph neo4j start`, or unset NEO4J_URI to use the local one).',
    cause: error,
  });
}
