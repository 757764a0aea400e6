import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import type { Neo4jConnection } from './connection.js';
import { createDriver, translateConnectError } from './driver.js';

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** Called between polls: throw from it to stop waiting (e.g. the process died). */
  readonly check?: () => void;
}

/** Polls Bolt with the real driver until a query runs; returns the server's version. */
export async function waitForBolt(
  connection: Neo4jConnection,
  options: WaitOptions,
): Promise<string> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    options.check?.();
    const driver = createDriver(connection);
    try {
      const info = await driver.getServerInfo();
      return info.agent ?? '';
    } catch (error) {
      const translated = translateConnectError(error, connection);
      if (translated.code === ErrorCode.NEO4J_AUTH_FAILED) throw translated;
      lastError = error;
    } finally {
      await driver.close();
    }
    await sleep(options.intervalMs ?? 500);
  }
  throw new AppError(
    ErrorCode.NEO4J_START_TIMEOUT,
    `Neo4j did not answer on ${connection.uri} within ${Math.round(options.timeoutMs / 1000)} s.`,
    {
      hint: 'Look at the log named above; a first start may need a longer NEO4J_START_TIMEOUT.',
      cause: lastError,
    },
  );
}
