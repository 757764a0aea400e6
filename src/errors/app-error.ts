import type { ErrorCode } from './codes.js';

/** An error meant for a person: what failed (message) and what to do about it (hint). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = options.hint;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** A long-running command stopped by SIGINT/SIGTERM before it got to serving. */
export function isInterrupted(error: unknown): error is AppError {
  return isAppError(error) && error.code === 'INTERRUPTED';
}
