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
 * asked (a write committed before the request is seen). Callers that ask in the same turn of the
 * event loop share one read, sent at the end of that turn; reads of different turns run side by
 * side (a read never waits for another one to finish), so a busy server reads the token about
 * once per turn, in parallel, not once per request and not one at a time.
 */
export class GenerationReader {
  /** The read of the current turn, not sent yet: whoever asks now joins it. */
  #pending: Promise<string> | undefined;
  reads = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  current(): Promise<string> {
    this.#pending ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.#pending = undefined; // sent: a later caller needs a later read
      this.reads++;
      return this.#read();
    });
    return this.#pending;
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
