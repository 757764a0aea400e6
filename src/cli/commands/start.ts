import type { Command } from 'commander';
import type { Config } from '../../config/config.js';
import { say } from '../output.js';
import { runMigrate } from './migrate.js';
import { serve } from './serve.js';
import { runSeed } from './seed.js';
import { fromRoot } from '../../config/paths.js';
import { AppError } from '../../errors/app-error.js';
import { ErrorCode } from '../../errors/codes.js';
import { hasErrors } from '../../seed/issues.js';
import { listSeedFiles } from '../../seed/read.js';
import { withDatabase } from '../with-database.js';
import { importIfChanged } from '../../import/ec-meetings/import-if-changed.js';

/** `npm start`: local Neo4j if NEO4J_URI is unset → migrate → seed → serve. */
export function startCommand(program: Command, config: () => Config): void {
  program
    .command('start')
    .description('local Neo4j if needed → migrate → seed → serve (what `npm start` runs)')
    .option('--skip-meetings', 'do not import the EC meetings register (data/ec-meetings/)')
    .action(async (opts: { skipMeetings?: boolean }) => {
      await withDatabase(config(), async (driver, connection) => {
        await runMigrate(driver, connection.database);
        say(`Neo4j ready at ${connection.uri}.`);
        const seeded = await runSeed(
          driver,
          connection.database,
          listSeedFiles(fromRoot('seed')),
          {},
        );
        if (hasErrors(seeded.issues)) {
          throw new AppError(
            ErrorCode.SEED_INVALID,
            'the seed files have errors (listed above); nothing was loaded',
            {
              hint: 'Fix them (npx policy-graph validate), then npm start again.',
            },
          );
        }
        if (!opts.skipMeetings) await importIfChanged(driver, connection.database, say);
        await serve(config(), driver, connection.database);
      });
    });
}
