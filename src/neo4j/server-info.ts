import type { Driver } from 'neo4j-driver';
import { cypherFile } from './cypher-file.js';

export interface ServerInfo {
  readonly name: string;
  readonly version: string;
  readonly edition: string;
  readonly apoc: string | undefined;
}

/** Neo4j's name, version and edition, and APOC's version when it is installed. */
export async function serverInfo(driver: Driver, database: string): Promise<ServerInfo> {
  const { records } = await driver.executeQuery(
    cypherFile('neo4j/components.cypher'),
    {},
    { database, routing: 'READ' },
  );
  const first = records[0];
  let apoc: string | undefined;
  try {
    const result = await driver.executeQuery(
      cypherFile('neo4j/apoc-version.cypher'),
      {},
      { database, routing: 'READ' },
    );
    apoc = String(result.records[0]?.get('v'));
  } catch {
    apoc = undefined;
  }
  return {
    name: String(first?.get('name')),
    version: String(first?.get('version')),
    edition: String(first?.get('edition')),
    apoc,
  };
}
