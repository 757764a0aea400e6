import type { Config } from '../../config/config.js';
import { runMigrate } from '../../app/migrate.js';
import { withDatabase } from '../with-database.js';
import { cliOutput } from '../cli-output.js';

/** `policy-graph migrate`: apply cypher/migrations in order (idempotent). */
export async function migrateCommand(config: Config): Promise<void> {
  await withDatabase(config, (driver, connection) =>
    runMigrate(driver, connection.database, cliOutput),
  );
}
