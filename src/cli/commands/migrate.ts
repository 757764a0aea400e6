import type { Command } from 'commander';
import type { Config } from '../../config/config.js';
import { migrate } from '../../neo4j/migrations.js';
import { print } from '../output.js';
import { withDatabase } from '../with-database.js';

export function migrateCommand(program: Command, config: () => Config): void {
  program
    .command('migrate')
    .description('apply cypher/migrations in order (idempotent)')
    .action(async () => {
      await withDatabase(config(), async (driver, connection) => {
        const result = await migrate(driver, connection.database);
        print(
          `migrations: ${result.applied.length} applied, ${result.skipped.length} already applied`,
        );
        for (const id of result.applied) print(`  applied ${id}`);
      });
    });
}
