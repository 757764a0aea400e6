import type { Config } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import type { Neo4jConnection } from './connection.js';
import { startLocalNeo4j } from './local/local-server.js';
import { localPassword } from './local/password.js';

/**
 * NEO4J_URI set → that server. Unset → the project's local server, started if it is not running.
 */
export async function resolveConnection(
  config: Config,
  log: (line: string) => void,
): Promise<Neo4jConnection> {
  const { uri, user, password, database, acquisitionTimeoutMs } = config.neo4j;
  if (uri) {
    if (!password) {
      throw new AppError(
        ErrorCode.CONFIG_INVALID,
        `NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is not.`,
        {
          hint: 'Set NEO4J_PASSWORD for that server, or unset NEO4J_URI to use the local Neo4j.',
        },
      );
    }
    return { uri, user, password, database, acquisitionTimeoutMs };
  }
  const started = await startLocalNeo4j(
    config.local,
    localPassword(config.local.home, password),
    log,
  );
  if (!started.alreadyRunning) log(`Neo4j is up (${(started.elapsedMs / 1000).toFixed(1)} s).`);
  return { ...started.connection, database, acquisitionTimeoutMs };
}
