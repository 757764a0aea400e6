import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import type { Neo4jConnection } from '../neo4j/connection.js';
import { createDriver, verifyDriver } from '../neo4j/driver.js';
import { localPid, stopLocalNeo4j } from '../neo4j/local/local-server.js';
import { resolveConnection } from '../neo4j/resolve-connection.js';
import { unlessShutdown, type Shutdown } from '../server/shutdown.js';
import { say } from './output.js';

/**
 * Resolves (and if needed starts) Neo4j, opens the process's one driver, closes it afterwards.
 *
 * With `shutdown` (the long-running commands: start, serve) the local Neo4j is this command's own
 * when it was not running before: it is stopped when the command ends (Ctrl-C, SIGTERM, an error),
 * and a signal while Neo4j boots or the graph is prepared ends the command there. A Neo4j that was
 * already running (`policy-graph neo4j start`) is left alone. One-shot commands leave the Neo4j
 * they started running, for the next command.
 */
export async function withDatabase<T>(
  config: Config,
  work: (driver: Driver, connection: Neo4jConnection) => Promise<T>,
  options: { shutdown?: Shutdown } = {},
): Promise<T> {
  const { shutdown } = options;
  const local = config.neo4j.uri === undefined;
  const wasRunning = local && localPid(config.local) !== undefined;
  const owned = local && !wasRunning && shutdown !== undefined;
  if (owned) shutdown.onForcedExit(() => killNow(config));
  try {
    const connection = await unlessShutdown(shutdown, resolveConnection(config, say));
    if (local && !wasRunning && !owned) {
      say('The local Neo4j keeps running for the next command (`npx policy-graph neo4j stop`).');
    }
    const driver = createDriver(connection);
    try {
      await unlessShutdown(shutdown, verifyDriver(driver, connection));
      return await work(driver, connection);
    } finally {
      await driver.close();
    }
  } finally {
    if (owned && localPid(config.local) !== undefined) {
      say(
        'Stopping the local Neo4j this command started (`npx policy-graph neo4j start` keeps one running)…',
      );
      await stopLocalNeo4j(config.local);
      say('Neo4j stopped.');
    }
  }
}

/** On a second Ctrl-C: ask the local Neo4j to stop (it shuts down cleanly on its own). */
function killNow(config: Config): void {
  const pid = localPid(config.local);
  if (pid !== undefined) process.kill(pid, 'SIGTERM');
}
