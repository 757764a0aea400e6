import { spawnSync } from 'node:child_process';
import { fromRoot } from '../src/config/paths.js';
import type { LocalNeo4jConfig } from '../src/config/config.js';
import type { Neo4jConnection } from '../src/neo4j/connection.js';
import { createDriver, verifyDriver } from '../src/neo4j/driver.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j/local/local-server.js';
import { localPassword } from '../src/neo4j/local/password.js';
import { migrate } from '../src/neo4j/migrations.js';

export interface TestNeo4j {
  readonly connection: Neo4jConnection;
  readonly source: 'NEO4J_URI' | 'testcontainers' | 'local launcher';
  readonly stop: () => Promise<void>;
}

const log = (line: string): void => void process.stderr.write(`[test neo4j] ${line}\n`);

/** The local test server: its own home and port, so tests never touch the dev database. */
export function testLocalConfig(env = process.env): LocalNeo4jConfig {
  return {
    home: env.PG_TEST_NEO4J_HOME ?? fromRoot('.neo4j', 'test'),
    boltPort: Number(env.PG_TEST_NEO4J_PORT ?? 7688),
    heap: env.PG_TEST_NEO4J_HEAP ?? '1g',
    pageCache: '512m',
  };
}

function dockerAvailable(): boolean {
  if (process.env.PG_TEST_NO_DOCKER) return false;
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeout: 10_000,
  });
  return result.status === 0;
}

async function fromContainer(): Promise<TestNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  log('Docker found: starting neo4j:5.26-community with APOC (testcontainers)…');
  const container = await new Neo4jContainer('neo4j:5.26-community').withApoc().start();
  const connection = {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    database: 'neo4j',
  };
  return { connection, source: 'testcontainers', stop: async () => void (await container.stop()) };
}

async function fromLauncher(): Promise<TestNeo4j> {
  const local = testLocalConfig();
  const started = await startLocalNeo4j(local, localPassword(local.home, undefined), log);
  log(
    `${started.alreadyRunning ? 'reusing' : 'started'} ${started.connection.uri} in ${started.elapsedMs} ms`,
  );
  const keep = started.alreadyRunning || Boolean(process.env.PG_TEST_KEEP_NEO4J);
  return {
    connection: started.connection,
    source: 'local launcher',
    stop: async () => {
      if (!keep) await stopLocalNeo4j(local);
    },
  };
}

export async function startTestNeo4j(): Promise<TestNeo4j> {
  let neo4j: TestNeo4j;
  if (process.env.NEO4J_URI) {
    const connection = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    };
    neo4j = { connection, source: 'NEO4J_URI', stop: async () => undefined };
  } else if (dockerAvailable()) {
    neo4j = await fromContainer();
  } else {
    neo4j = await fromLauncher();
  }
  const driver = createDriver(neo4j.connection);
  try {
    await verifyDriver(driver, neo4j.connection);
    await migrate(driver, neo4j.connection.database);
  } finally {
    await driver.close();
  }
  return neo4j;
}
