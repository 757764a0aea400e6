import type { Config } from '../../config/config.js';
import { listenForShutdown } from '../../server/shutdown.js';
import { say } from '../output.js';
import { withDatabase } from '../with-database.js';

/** `policy-graph serve`: the API, exports and dashboard until SIGINT/SIGTERM. */
export async function serveCommand(config: Config): Promise<void> {
  const shutdown = listenForShutdown(say);
  const product = import('../../server/serve.js'); // loads while Neo4j is found or started
  product.catch(() => undefined);
  await withDatabase(
    config,
    async (driver, connection) => {
      const { serve } = await product;
      await serve(config, driver, connection.database, { shutdown, say });
    },
    { shutdown },
  );
}
