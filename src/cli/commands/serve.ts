import type { Command } from 'commander';
import type { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config/config.js';
import { createDashboardRouter } from '../../dashboard/router.js';
import { createExportRouter } from '../../export/router.js';
import { createLogger } from '../../server/logger.js';
import { untilShutdownSignal } from '../../server/shutdown.js';
import { startServer } from '../../server/start-server.js';
import { say } from '../output.js';
import { withDatabase } from '../with-database.js';

/**
 * Serves until SIGINT/SIGTERM: stop accepting, drain in-flight requests, then return so the caller
 * (withDatabase) closes the driver.
 */
export async function serve(config: Config, driver: Driver, database: string): Promise<void> {
  const logger = createLogger(config.logLevel);
  // The dashboard at / (built with Vite on first start) and downloads at /export.
  const routers: Router[] = [
    createExportRouter(driver, config),
    createDashboardRouter({ log: (line) => logger.info(line) }),
  ];
  const server = await startServer({
    config,
    driver,
    database,
    logger,
    routers,
    port: config.port,
  });
  say(
    `Dashboard at ${server.url}/, GraphQL at ${server.url}/graphql (GraphiQL in a browser), health at ${server.url}/health`,
  );
  logger.info({ port: server.port, production: config.production }, 'listening');
  await untilShutdownSignal(logger);
  await server.stop();
  logger.info('stopped');
}

export function serveCommand(program: Command, config: () => Config): void {
  program
    .command('serve')
    .description('GraphQL at /graphql (GraphiQL in a browser), dashboard at /, health at /health')
    .action(async () => {
      const cfg = config();
      await withDatabase(cfg, (driver, connection) => serve(cfg, driver, connection.database));
    });
}
