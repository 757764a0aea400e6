import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Neo4jConnection } from '../src/neo4j/connection.js';
import { createDriver } from '../src/neo4j/driver.js';

/** The connection provided by test/global-setup.ts (integration tests only). */
export function testConnection(): Neo4jConnection {
  return inject('neo4j');
}

/** A driver on the test database; close it in afterAll. */
export function openTestDriver(): { driver: Driver; connection: Neo4jConnection } {
  const connection = testConnection();
  return { driver: createDriver(connection), connection };
}

/**
 * Empties the graph (schema and migration records stay). Integration test files run one at a time
 * (vitest.config.ts), so a file may start from an empty graph.
 */
export async function clearGraph(driver: Driver, database: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run(
      'MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    );
  } finally {
    await session.close();
  }
}
