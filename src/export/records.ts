import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';

/**
 * Streams the records of one read query. The driver pulls in batches of `fetchSize` and pauses
 * while the consumer is busy (its record watermarks), so a slow writer never makes the whole
 * result pile up in memory. Lazy: the session opens on the first `next()`, closes at the end.
 */
export async function* streamRecords(
  driver: Driver,
  database: string,
  query: string,
  params: Record<string, unknown>,
  fetchSize = 2000,
): AsyncGenerator<Neo4jRecord> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize });
  try {
    const result = session.run(query, params);
    for await (const record of result) yield record;
  } finally {
    await session.close();
  }
}
