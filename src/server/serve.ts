import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { createDashboardRouter } from '../dashboard/router.js';
import { createExportRouter } from '../export/router.js';
import { createLogger } from './logger.js';
import type { Shutdown } from './shutdown.js';
import { startServer, type RunningServer } from './start-server.js';

export interface ProductOptions {
  readonly logger: Logger;
  /** Default config.port; 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** Where the dashboard's build lives (default dist/dashboard). */
  readonly dashboardDir?: string;
}

/**
 * The product, assembled: /health and /graphql (createApp), downloads at /export and the
 * stakeholder-network dashboard at / (built on first start, reused while its sources are unchanged).
 */
export function startProduct(
  config: Config,
  driver: Driver,
  database: string,
  options: ProductOptions,
): Promise<RunningServer> {
  const { logger } = options;
  return startServer({
    config,
    driver,
    database,
    logger,
    routers: [
      createExportRouter(driver, config),
      createDashboardRouter({ outDir: options.dashboardDir, log: (line) => logger.info(line) }),
    ],
    port: options.port ?? config.port,
    ...(options.host ? { host: options.host } : {}),
  });
}

/**
 * Serves until `shutdown` is requested (SIGINT/SIGTERM): stops accepting, drains in-flight
 * requests, then returns so the caller closes the driver (and stops a Neo4j it started).
 */
export async function serve(
  config: Config,
  driver: Driver,
  database: string,
  options: { shutdown: Shutdown; say: (line: string) => void },
): Promise<void> {
  const logger = createLogger(config.logLevel);
  const server = await startProduct(config, driver, database, { logger });
  options.say(
    `Dashboard at ${server.url}/, GraphQL at ${server.url}/graphql (GraphiQL in a browser), health at ${server.url}/health`,
  );
  logger.info({ port: server.port, production: config.production }, 'listening');
  const signal = await options.shutdown.requested;
  logger.info({ signal }, 'shutting down: draining requests');
  await server.stop();
  logger.info('stopped');
}
