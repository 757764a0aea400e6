import { isAppError, isInterrupted } from '../errors/app-error.js';
import { isLostConnection, lostConnectionError } from '../errors/lost-connection.js';

/** Progress and result lines for people: stderr for progress, stdout for results. */
export const say = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

export const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * The CLI's one error boundary: a short message and what to do, no stack unless DEBUG is set.
 * Returns the exit code: 1, or 128 + the signal's number when a signal interrupted the command.
 */
export function reportError(failure: unknown): number {
  if (isInterrupted(failure)) {
    say(failure.message);
    return failure.cause === 'SIGTERM' ? 143 : 130;
  }
  const error =
    !isAppError(failure) && isLostConnection(failure) ? lostConnectionError(failure) : failure;
  if (isAppError(error)) {
    say(`error ${error.code}: ${error.message}`);
    if (error.hint) say(`  → ${error.hint}`);
  } else {
    say(`error INTERNAL: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (process.env.DEBUG && error instanceof Error) say(error.stack ?? '');
  return 1;
}
