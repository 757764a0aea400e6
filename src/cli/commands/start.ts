import type { Config } from '../../config/config.js';
import { fromRoot } from '../../config/paths.js';
import { AppError } from '../../errors/app-error.js';
import { ErrorCode } from '../../errors/codes.js';
import { listenForShutdown, unlessShutdown } from '../../server/shutdown.js';
import { say } from '../output.js';
import { withDatabase } from '../with-database.js';
import { cliOutput } from '../cli-output.js';

/** What start needs after Neo4j is up, loaded while it boots (about 2 s of CPU, off the wait). */
const loadSteps = () =>
  Promise.all([
    import('../../app/migrate.js'),
    import('../../app/seed.js'),
    import('../../seed/issues.js'),
    import('../../seed/read/read-text.js'),
    import('../../server/serve.js'),
    import('../../import/ec-meetings/import-if-changed.js'),
    import('../../import/cordis/import-if-changed.js'),
  ]);

/**
 * `npm start`: local Neo4j if NEO4J_URI is unset → migrate → seed → serve. Ctrl-C or SIGTERM at
 * any point stops what this command started (see withDatabase).
 */
export async function startCommand(
  config: Config,
  opts: { skipMeetings?: boolean; skipCordis?: boolean } = {},
): Promise<void> {
  const shutdown = listenForShutdown(say);
  const steps = loadSteps();
  steps.catch(() => undefined); // awaited below; a failure surfaces there
  await withDatabase(
    config,
    async (driver, connection) => {
      const [
        { runMigrate },
        { runSeed },
        { hasErrors },
        { listSeedFiles },
        { serve },
        { importIfChanged },
        { importCordisIfChanged },
      ] = await steps;
      const { database } = connection;
      await unlessShutdown(shutdown, runMigrate(driver, database, cliOutput));
      say(`Neo4j ready at ${connection.uri}.`);
      const seedFiles = listSeedFiles(fromRoot('seed'));
      const seeded = await unlessShutdown(
        shutdown,
        runSeed(driver, database, seedFiles, {}, cliOutput),
      );
      if (hasErrors(seeded.issues)) {
        throw new AppError(
          ErrorCode.SEED_INVALID,
          'the seed files have errors (listed above); nothing was loaded',
          { hint: 'Fix them (npx policy-graph validate), then npm start again.' },
        );
      }
      // The Commission's meetings register (data/ec-meetings/), skipped when loaded and unchanged.
      if (!opts.skipMeetings)
        await unlessShutdown(shutdown, importIfChanged(driver, database, say));
      // Horizon Europe's Health cluster from CORDIS (data/cordis/), the same way.
      if (!opts.skipCordis)
        await unlessShutdown(shutdown, importCordisIfChanged(driver, database, say));
      await serve(config, driver, database, { shutdown, say });
    },
    { shutdown },
  );
}
