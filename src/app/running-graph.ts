import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import type { Neo4jConnection } from '../neo4j/connection.js';
import { createDriver, verifyDriver } from '../neo4j/driver.js';
import { localPid, startLocalNeo4j } from '../neo4j/local/local-server.js';
import { localPassword } from '../neo4j/local/password.js';

export type RunningGraph =
  { readonly driver: Driver; readonly connection: Neo4jConnection } | { readonly reason: string };

/**
 * The graph, if one is running: NEO4J_URI's server, or the local Neo4j found through its run file.
 * Never starts one (a check should not cost a JVM start); says why when there is none.
 */
export async function runningGraph(config: Config): Promise<RunningGraph> {
  const { uri, user, password, database } = config.neo4j;
  let connection: Neo4jConnection;
  if (uri) {
    if (!password) return { reason: `NEO4J_URI is set (${uri}) but NEO4J_PASSWORD is not` };
    connection = { uri, user, password, database };
  } else {
    if (localPid(config.local) === undefined)
      return { reason: 'the local Neo4j is not running (`npx policy-graph neo4j start`)' };
    const quiet = (): void => undefined;
    const found = await startLocalNeo4j(
      config.local,
      localPassword(config.local.home, password),
      quiet,
    );
    connection = { ...found.connection, database };
  }
  const driver = createDriver(connection);
  try {
    await verifyDriver(driver, connection);
    return { driver, connection };
  } catch (error) {
    await driver.close();
    return { reason: (error as Error).message };
  }
}
