import type { Logger } from 'pino';

/**
 * Resolves on the first SIGINT or SIGTERM, so the caller can stop accepting, drain and close the
 * driver. A second signal while shutting down exits at once.
 */
export function untilShutdownSignal(logger: Logger): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received) {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        process.exit(1);
      }
      received = true;
      logger.info({ signal }, 'shutting down: draining requests, then closing Neo4j');
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
