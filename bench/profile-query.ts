import type { ProfiledPlan } from 'neo4j-driver';
import type { BenchDb } from './bench-db.js';

/** Total database hits and rows of a statement, from PROFILE (read-only statements only). */
export async function dbHits(
  db: BenchDb,
  cypher: string,
  params: Record<string, unknown>,
): Promise<number> {
  const { summary } = await db.driver.executeQuery(`PROFILE ${cypher}`, params, {
    database: db.connection.database,
    routing: 'READ',
  });
  let hits = 0;
  const walk = (plan: ProfiledPlan): void => {
    hits += plan.dbHits;
    plan.children.forEach(walk);
  };
  if (summary.profile) walk(summary.profile);
  return hits;
}
