import type { Driver } from 'neo4j-driver';
import { readGraphShape, readSignature, type GraphShape } from './graph-shape.js';

/** How often a request may look at the count store (a constant-time query). */
export const SHAPE_CHECK_MS = 2_000;
/** A request waits at most this long for the count store (Neo4j slow or down: the old shape). */
const CHECK_WAIT_MS = 250;

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
 * read again after this server's own mutations, and whenever the count store says the graph
 * changed size (a seed load, an import or a merge from another process), looked at no more than
 * every SHAPE_CHECK_MS. The request that finds the graph changed waits for the new shape.
 */
export class ShapeStore {
  private shape: GraphShape | undefined;
  private lastCheck = 0;
  private checking: Promise<void> | undefined;
  private reading: Promise<void> | undefined;

  constructor(private readonly options: ShapeStoreOptions) {}

  /** The shape now (undefined until first read, or while Neo4j could not be read). */
  current(): GraphShape | undefined {
    return this.shape;
  }

  /** The shape after a look at the count store when one is due (and a re-read if it changed). */
  async fresh(): Promise<GraphShape | undefined> {
    const now = Date.now();
    if (!this.checking && now - this.lastCheck >= (this.options.checkEveryMs ?? SHAPE_CHECK_MS)) {
      this.lastCheck = now;
      this.checking = this.check().finally(() => (this.checking = undefined));
    }
    if (this.checking) await Promise.race([this.checking, pause(CHECK_WAIT_MS)]);
    if (this.reading) await this.reading;
    return this.shape;
  }

  /** Reads the whole shape now (at start, after a write of this server, in tests). */
  refresh(): Promise<void> {
    const previous = this.reading ?? Promise.resolve();
    const next: Promise<void> = previous
      .then(() => this.read())
      .finally(() => {
        if (this.reading === next) this.reading = undefined;
      });
    this.reading = next;
    return next;
  }

  private async check(): Promise<void> {
    try {
      const signature = await readSignature(this.options.driver, this.options.database);
      if (signature !== this.shape?.signature) await this.refresh();
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private async read(): Promise<void> {
    try {
      this.shape = await readGraphShape(
        this.options.driver,
        this.options.database,
        this.options.properties,
      );
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}
