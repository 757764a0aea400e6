import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config.js';
import type { Neo4jConnection } from '../neo4j/connection.js';
import { createDriver, verifyDriver } from '../neo4j/driver.js';
import { resolveConnection } from '../neo4j/resolve-connection.js';
import { say } from './output.js';

/** Resolves (and if needed starts) Neo4j, opens the process's one driver, closes it afterwards. */
export async function withDatabase<T>(
  config: Config,
  work: (driver: Driver, connection: Neo4jConnection) => Promise<T>,
): Promise<T> {
  const connection = await resolveConnection(config, say);
  const driver = createDriver(connection);
  try {
    await verifyDriver(driver, connection);
    return await work(driver, connection);
  } finally {
    await driver.close();
  }
}
