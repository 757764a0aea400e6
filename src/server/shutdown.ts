import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';

/** SIGINT (Ctrl-C) or SIGTERM, as seen by a long-running command (start, serve). */
export interface Shutdown {
  /** Resolves with the first signal. */
  readonly requested: Promise<NodeJS.Signals>;
  /** Work to do, synchronously, before a second signal ends the process at once. */
  onForcedExit(action: () => void): void;
}

/** Repeats of the first signal within this window are one request (npm and tsx relay Ctrl-C). */
const REPEAT_WINDOW_MS = 1_000;

/**
 * Listens for SIGINT and SIGTERM from now on: the first asks for a graceful stop (drain requests,
 * close the driver, stop what this process started); a second one, a second or more later, exits
 * at once after the forced-exit actions.
 */
export function listenForShutdown(log: (line: string) => void): Shutdown {
  const forced: (() => void)[] = [];
  let firstAt: number | undefined;
  let resolve!: (signal: NodeJS.Signals) => void;
  const requested = new Promise<NodeJS.Signals>((r) => (resolve = r));
  const onSignal = (signal: NodeJS.Signals): void => {
    if (firstAt === undefined) {
      firstAt = Date.now();
      log(`${signal}: shutting down (a second Ctrl-C exits at once)…`);
      resolve(signal);
      return;
    }
    if (Date.now() - firstAt < REPEAT_WINDOW_MS) return;
    log(`${signal} again: exiting without waiting`);
    for (const action of forced) action();
    process.exit(1);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { requested, onForcedExit: (action) => void forced.push(action) };
}

/**
 * Waits for `work`, unless a shutdown is requested first: then rejects with INTERRUPTED (the work
 * is abandoned, not cancelled; the caller cleans up and exits). Without a shutdown, just `work`.
 */
export async function unlessShutdown<T>(
  shutdown: Shutdown | undefined,
  work: Promise<T>,
): Promise<T> {
  if (!shutdown) return work;
  const interrupted = shutdown.requested.then((signal): never => {
    throw new AppError(ErrorCode.INTERRUPTED, `stopped by ${signal} before serving`, {
      cause: signal,
    });
  });
  return Promise.race([work, interrupted]);
}
