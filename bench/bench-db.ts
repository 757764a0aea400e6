import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config, LocalNeo4jConfig } from '../src/config/config.js';
import { fromRoot } from '../src/config/paths.js';
import type { Neo4jConnection } from '../src/neo4j/connection.js';
import { createDriver, verifyDriver } from '../src/neo4j/driver.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j/local/local-server.js';
import { localPassword } from '../src/neo4j/local/password.js';
import { migrate } from '../src/neo4j/migrations.js';
import { benchCypher } from './cypher.js';

/** A Neo4j for benchmarks only: never the dev or test database. */
export interface BenchDb {
  readonly driver: Driver;
  readonly connection: Neo4jConnection;
  /** The local server's settings; undefined when NEO4J_URI points elsewhere. */
  readonly local: LocalNeo4jConfig | undefined;
}

export interface BenchDbOptions {
  /** Folder under .neo4j/ (bench, bench-100k…) and Bolt port of the local server. */
  readonly name: string;
  readonly port: number;
  readonly heap: string;
  readonly pageCache: string;
}

export const MAIN_DB: BenchDbOptions = { name: 'bench', port: 7693, heap: '4g', pageCache: '2g' };

/** NEO4J_URI set → that server (it must be a throw-away one); else a local server of our own. */
export async function openBenchDb(
  config: Config,
  options: BenchDbOptions,
  log: (line: string) => void,
): Promise<BenchDb> {
  let connection: Neo4jConnection;
  let local: LocalNeo4jConfig | undefined;
  if (config.neo4j.uri) {
    const { uri, user, password, database } = config.neo4j;
    connection = { uri, user, password: password ?? '', database };
  } else {
    local = {
      home: fromRoot('.neo4j', options.name),
      boltPort: options.port,
      heap: options.heap,
      pageCache: options.pageCache,
    };
    const started = await startLocalNeo4j(local, localPassword(local.home, undefined), log);
    connection = started.connection;
  }
  const driver = createDriver(connection);
  await verifyDriver(driver, connection);
  await migrate(driver, connection.database);
  return { driver, connection, local };
}

export async function stopBenchDb(db: BenchDb): Promise<void> {
  await db.driver.close();
  if (db.local) await stopLocalNeo4j(db.local);
}

/** Deletes every node but the migration records, in transactions of 10k. */
export async function clearGraph(db: BenchDb): Promise<void> {
  const session = db.driver.session({ database: db.connection.database });
  try {
    await session.run(benchCypher('clear-graph'));
  } finally {
    await session.close();
  }
}

export async function countGraph(db: BenchDb): Promise<{ nodes: number; relationships: number }> {
  const { records } = await db.driver.executeQuery(
    benchCypher('count-graph'),
    {},
    { database: db.connection.database, routing: 'READ' },
  );
  const r = records[0]!;
  return { nodes: Number(r.get('nodes')), relationships: Number(r.get('relationships')) };
}

/** Bytes of the database's store files on disk (local server only; exact once it is stopped). */
export function storeBytes(db: BenchDb): number | undefined {
  if (!db.local) return undefined;
  return dirBytes(join(db.local.home, 'data', 'databases', db.connection.database));
}

function dirBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}
