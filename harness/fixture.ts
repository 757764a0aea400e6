import type { Driver } from 'neo4j-driver';
import { fromRoot } from '../src/config/paths.js';
import { formatIssue } from '../src/seed/issues.js';
import { loadSeeds } from '../src/seed/pipeline.js';
import { listSeedFiles } from '../src/seed/read/read-text.js';
import { clearGraph } from './database.js';

/**
 * Empties the graph, then loads the curated seed (seed/*.yaml: the founding EBRAINS article on the
 * 21 Oct 2025 VHT event and the reference sources) through the real loader, in one transaction.
 */
export async function loadFoundingGraph(driver: Driver, database: string): Promise<void> {
  await clearGraph(driver, database);
  const report = await loadSeeds(driver, database, listSeedFiles(fromRoot('seed')));
  if (!report.written)
    throw new Error(`seed failed:\n${report.issues.map(formatIssue).join('\n')}`);
}

/** Number of nodes and relationships of the graph's data (migration and audit records excluded). */
export async function graphCounts(
  driver: Driver,
  database: string,
): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE NOT (n:SchemaMigration OR n:Change OR n:ChangeSubject)
     RETURN count(n) AS nodes, COUNT { ()-[r]->() WHERE type(r) <> 'CHANGED' } AS relationships`,
    {},
    { database, routing: 'READ' },
  );
  const record = records[0];
  return {
    nodes: Number(record?.get('nodes') ?? 0),
    relationships: Number(record?.get('relationships') ?? 0),
  };
}
