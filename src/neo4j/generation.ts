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

/**
 * Reads the graph's generation for response caches. A caller always gets a token read after it
 * asked (a write committed before the request is seen), but concurrent callers share reads: while
 * one read runs, everyone who asks meanwhile waits for the one next read, so a busy server reads
 * the token about once per round trip, not once per request.
 */
export class GenerationReader {
  #running: Promise<string> | undefined;
  #queued: Promise<string> | undefined;
  reads = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  current(): Promise<string> {
    if (!this.#running) return this.#start();
    this.#queued ??= this.#running
      .catch(() => undefined)
      .then(() => {
        this.#queued = undefined;
        return this.#start();
      });
    return this.#queued;
  }

  #start(): Promise<string> {
    this.reads++;
    const read = this.#read().finally(() => {
      if (this.#running === read) this.#running = undefined;
    });
    this.#running = read;
    return read;
  }

  /** One auto-commit read (one round trip; a managed transaction takes two). */
  async #read(): Promise<string> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.run(cypherFile('neo4j/generation.cypher'));
      return String(result.records[0]?.get('token') ?? 'initial');
    } finally {
      await session.close();
    }
  }
}
