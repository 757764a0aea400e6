import type { Config } from '../../config/config.js';
import { serve } from '../../server/serve.js';
import { listenForShutdown } from '../../server/shutdown.js';
import { say } from '../output.js';
import { withDatabase } from '../with-database.js';

/** `policy-graph serve`: the API, exports and dashboard until SIGINT/SIGTERM. */
export async function serveCommand(config: Config): Promise<void> {
  const shutdown = listenForShutdown(say);
  await withDatabase(
    config,
    (driver, connection) => serve(config, driver, connection.database, { shutdown, say }),
    { shutdown },
  );
}
