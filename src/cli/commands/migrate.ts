import type { Command } from 'commander';
import type { Config } from '../../config/config.js';
import { migrate } from '../../neo4j/migrations.js';
import { print } from '../output.js';
import { withDatabase } from '../with-database.js';
import type { Driver } from 'neo4j-driver';

/** Applies pending migrations and says what happened; shared by `migrate` and `start`. */
export async function runMigrate(driver: Driver, database: string): Promise<void> {
  const result = await migrate(driver, database);
  print(`migrations: ${result.applied.length} applied, ${result.skipped.length} already applied`);
  for (const id of result.applied) print(`  applied ${id}`);
}

export function migrateCommand(program: Command, config: () => Config): void {
  program
    .command('migrate')
    .description('apply cypher/migrations in order (idempotent)')
    .action(async () => {
      await withDatabase(config(), (driver, connection) => runMigrate(driver, connection.database));
    });
}
