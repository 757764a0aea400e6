import type { Config } from '../../config/config.js';
import { createDriver } from '../../neo4j/driver.js';
import {
  localConnection,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../neo4j/local/local-server.js';
import { localPassword } from '../../neo4j/local/password.js';
import { readRunFile, isLauncherAlive } from '../../neo4j/local/run-file.js';
import { serverInfo } from '../../neo4j/server-info.js';
import { print, say } from '../output.js';

/** `policy-graph neo4j start`: the local server used when NEO4J_URI is unset; keeps running. */
export async function neo4jStart(config: Config): Promise<void> {
  const { local, neo4j } = config;
  const result = await startLocalNeo4j(local, localPassword(local.home, neo4j.password), say);
  const verb = result.alreadyRunning ? 'already running' : 'started';
  print(
    `Neo4j ${verb} at ${result.connection.uri} (pid ${result.pid}, ${(result.elapsedMs / 1000).toFixed(1)} s)`,
  );
}

/** `policy-graph neo4j stop`: stop the local Neo4j cleanly ("not running" is success). */
export async function neo4jStop(config: Config): Promise<void> {
  const stopped = await stopLocalNeo4j(config.local);
  print(stopped ? 'Neo4j stopped.' : 'Neo4j is not running: nothing to stop.');
}

/** `policy-graph neo4j status`: where it runs and which version; exit 3 when it does not. */
export async function neo4jStatus(config: Config): Promise<void> {
  const { local, neo4j } = config;
  const run = readRunFile(local.home);
  if (!run || !isLauncherAlive(run.pid)) {
    print(`Neo4j is not running (home ${local.home}).`);
    process.exitCode = 3;
    return;
  }
  // The port it really listens on is in its run file (it may differ from NEO4J_BOLT_PORT).
  const connection = localConnection(local, localPassword(local.home, neo4j.password), run.port);
  const driver = createDriver(connection);
  try {
    const info = await serverInfo(driver, 'neo4j');
    print(`Neo4j ${info.version} ${info.edition} running at ${connection.uri} (pid ${run.pid})`);
    print(`APOC ${info.apoc ?? 'not installed'}; data and logs in ${local.home}`);
  } finally {
    await driver.close();
  }
}
