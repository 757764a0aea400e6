import type { Driver } from 'neo4j-driver';
import { migrate } from '../neo4j/migrations.js';
import type { Output } from './output.js';

/** Applies pending migrations and says what happened; used by `migrate` and `start`. */
export async function runMigrate(driver: Driver, database: string, out: Output): Promise<void> {
  const result = await migrate(driver, database);
  out.print(
    `migrations: ${result.applied.length} applied, ${result.skipped.length} already applied`,
  );
  for (const id of result.applied) out.print(`  applied ${id}`);
}
