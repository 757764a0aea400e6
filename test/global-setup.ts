import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../src/neo4j/connection.js';
import { startTestNeo4j } from '../harness/test-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * Starts (or finds) the Neo4j that the integration tests use, once per run, migrates it and hands
 * its connection to the tests with provide/inject. NEO4J_URI → that server; Docker → a
 * neo4j:5.26-community container with APOC (testcontainers); otherwise → the local launcher.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const neo4j = await startTestNeo4j();
  project.provide('neo4j', neo4j.connection);
  return neo4j.stop;
}
