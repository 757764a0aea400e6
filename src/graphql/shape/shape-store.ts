import type { Driver } from 'neo4j-driver';
import { readGraphShape, readSignature, type GraphShape } from './graph-shape.js';

/** How often a request may look at the count store (a constant-time query). */
export const SHAPE_CHECK_MS = 2_000;
/**
 * The request that looks at the count store waits at most this long for it and, when the graph
 * changed, for the new shape (Neo4j slow, or a large graph: it goes on with the old shape).
 */
const CHECK_WAIT_MS = 2_000;
/** After a failed read, the count store is not asked again for this long. */
const BACKOFF_MS = 30_000;
/**
 * A changed graph is read again no sooner than this many times the last read's duration after it
 * ended: on a graph of a million entities (a read of a minute or more) the scans take at most a
 * tenth of the time, however often the graph changes.
 */
const READ_SPACING = 10;

export interface ShapeStoreOptions {
  readonly driver: Driver;
  readonly database: string;
  /** Properties whose value sharing bounds a `where … eq` (scalar fields of the node types). */
  readonly properties: readonly string[];
  readonly checkEveryMs?: number;
  readonly onError?: (error: unknown) => void;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * The graph shape the cost model reads, kept fresh without a scan per request: read at start,
 * after this server's own mutations, and whenever the count store says the graph changed size
 * (a seed load, an import or a merge from another process; looked at every SHAPE_CHECK_MS at
 * most). Requests use the shape there is while a new one is read; only the very first read is
 * waited for. Reads never overlap: asked for during one, one more follows it.
 */
export class ShapeStore {
  private shape: GraphShape | undefined;
  private nextCheck = 0;
  private checking: Promise<void> | undefined;
  private reading: Promise<void> | undefined;
  private again = false;
  private lastReadMs = 0;
  private lastReadEnd = 0;

  constructor(private readonly options: ShapeStoreOptions) {}

  /** The shape now (undefined until first read, or while Neo4j could not be read). */
  current(): GraphShape | undefined {
    return this.shape;
  }

  /**
   * The shape, after a look at the count store when one is due: the request that looks waits
   * (CHECK_WAIT_MS at most) for the new shape if the graph changed; the others use the shape there
   * is. Only the very first read is always waited for.
   */
  async fresh(): Promise<GraphShape | undefined> {
    const now = Date.now();
    if (!this.checking && now >= this.nextCheck) {
      this.nextCheck = now + (this.options.checkEveryMs ?? SHAPE_CHECK_MS);
      this.checking = this.check().finally(() => (this.checking = undefined));
      await Promise.race([this.checking, pause(CHECK_WAIT_MS)]);
    } else if (!this.shape && this.reading) {
      await this.reading;
    }
    return this.shape;
  }

  /** Reads the whole shape (at start, after a write of this server, in tests); resolves after it. */
  refresh(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    const loop = async () => {
      do {
        this.again = false;
        await this.read();
      } while (this.again);
    };
    this.reading = loop().finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async check(): Promise<void> {
    try {
      const signature = await readSignature(this.options.driver, this.options.database);
      const spaced = Date.now() - this.lastReadEnd >= READ_SPACING * this.lastReadMs;
      if (signature !== this.shape?.signature && spaced) await this.refresh();
    } catch (error) {
      this.nextCheck = Date.now() + BACKOFF_MS;
      this.options.onError?.(error);
    }
  }

  private async read(): Promise<void> {
    const began = Date.now();
    try {
      const { driver, database, properties } = this.options;
      this.shape = await readGraphShape(driver, database, properties);
    } catch (error) {
      this.nextCheck = Date.now() + BACKOFF_MS;
      this.options.onError?.(error);
    } finally {
      this.lastReadEnd = Date.now();
      this.lastReadMs = this.lastReadEnd - began;
    }
  }
}
