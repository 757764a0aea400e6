import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/codes.js';

/**
 * At most `slots` heavy operations execute at once; the next wait in line (at most `queue` of
 * them, then SERVER_BUSY). A heavy answer is mostly synchronous work on the one event loop
 * (decoding records, completing and serialising thousands of objects); running 4 of them
 * interleaved puts all their work ahead of a /health check, running 2 puts at most 2.
 */
export class HeavyGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly queue: number,
  ) {}

  /** Resolves with the release function once a slot is free. */
  async acquire(): Promise<() => void> {
    if (this.running >= this.slots) {
      if (this.waiting.length >= this.queue) {
        throw new GraphQLError('The server is busy with large requests; try again shortly.', {
          extensions: { code: ErrorCode.SERVER_BUSY, http: { status: 503 } },
        });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }
}
