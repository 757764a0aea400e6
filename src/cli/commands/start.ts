import type { Command } from 'commander';
import type { Config } from '../../config/config.js';
import { migrate } from '../../neo4j/migrations.js';
import { print, say } from '../output.js';
import { withDatabase } from '../with-database.js';

/** `npm start`: local Neo4j if NEO4J_URI is unset → migrate → seed → serve. */
export function startCommand(program: Command, config: () => Config): void {
  program
    .command('start')
    .description('local Neo4j if needed → migrate → seed → serve (what `npm start` runs)')
    .action(async () => {
      await withDatabase(config(), async (driver, connection) => {
        const result = await migrate(driver, connection.database);
        print(
          `migrations: ${result.applied.length} applied, ${result.skipped.length} already applied`,
        );
        say(`Neo4j ready at ${connection.uri}.`);
      });
    });
}
