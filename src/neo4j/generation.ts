import type { Driver } from 'neo4j-driver';
import { cypherFile } from './cypher-file.js';

/** Anything that runs Cypher inside a write transaction. */
interface Runner {
  run(query: string, parameters?: Record<string, unknown>): PromiseLike<unknown>;
}

/** Gives the graph a new generation token, inside the caller's write transaction. */
export async function advanceGeneration(tx: Runner): Promise<void> {
  await tx.run(cypherFile('neo4j/advance-generation.cypher'));
}

/** Longest wait for one read: then its callers go uncached, and the next read can go out. */
export const GENERATION_READ_TIMEOUT_MS = 2_000;

/**
 * Reads the graph's generation for response caches. A caller always gets a token read that was
 * sent after it asked, so a write committed before the request is seen, also one committed by
 * another process. One read is out at a time: whoever asks meanwhile joins the next read, sent as
 * soon as that one is back; callers of one event-loop turn share a read. A read costs Neo4j and the
 * driver most of a millisecond of CPU each on a small machine, so a busy server reads the token
 * once per round trip for all the requests that arrived meanwhile, not once per request.
 */
export class GenerationReader {
  /** The read that is out: callers that ask now cannot use it. */
  #out: Promise<unknown> | undefined;
  /** The next read, not sent yet: whoever asks now joins it. */
  #next: Promise<string> | undefined;
  reads = 0;

  /**
   * `read`: one read of the token (readGeneration). A read not back within `timeoutMs` fails its
   * callers (they go uncached), so one stuck read never holds up every request after it.
   */
  constructor(
    private readonly read: () => Promise<string>,
    private readonly timeoutMs = GENERATION_READ_TIMEOUT_MS,
  ) {}

  current(): Promise<string> {
    if (this.#next) return this.#next;
    const next = (this.#out ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => {
        this.#next = undefined; // sent: a later caller needs a later read
        this.reads++;
        return within(this.read(), this.timeoutMs);
      });
    this.#next = next;
    this.#out = next;
    void next
      .catch(() => undefined)
      .then(() => {
        if (this.#out === next) this.#out = undefined;
      });
    return next;
  }
}

/**
 * One auto-commit read of the token (one round trip; a managed transaction takes two). In WRITE
 * mode: in a cluster it goes to the leader, so a lagging follower never hands out an old token.
 */
export function readGeneration(driver: Driver, database: string): () => Promise<string> {
  return async () => {
    const session = driver.session({ database, defaultAccessMode: 'WRITE' });
    try {
      const query = cypherFile('neo4j/generation.cypher');
      const result = await session.run(query, {}, { timeout: GENERATION_READ_TIMEOUT_MS });
      return String(result.records[0]?.get('token') ?? 'initial');
    } finally {
      await session.close();
    }
  };
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no generation token within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
