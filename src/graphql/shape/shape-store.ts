import type { Driver } from 'neo4j-driver';
import { readGraphShape, readSignature, type GraphShape } from './graph-shape.js';

/** How often a request may trigger a look at the count store (a constant-time query). */
export const SHAPE_CHECK_MS = 2_000;

export interface ShapeStoreOptions {
  readonly driver: Driver;
  readonly database: string;
  /** Properties whose value sharing bounds a `where … eq` (scalar fields of the node types). */
  readonly properties: readonly string[];
  readonly checkEveryMs?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * The graph shape the cost model reads, kept fresh without a scan per request: read at start,
 * read again after this server's own mutations, and whenever the count store says the graph
 * changed size (a seed load, an import or a merge from another process), looked at no more than
 * every SHAPE_CHECK_MS and never on a request's path (requests use the shape they find).
 */
export class ShapeStore {
  private shape: GraphShape | undefined;
  private lastCheck = 0;
  private pending: Promise<void> | undefined;

  constructor(private readonly options: ShapeStoreOptions) {}

  /** The shape now (undefined until first read, or while Neo4j could not be read). */
  current(): GraphShape | undefined {
    this.maybeCheck();
    return this.shape;
  }

  /** Reads the whole shape now (at start, after a write of this server, in tests). */
  refresh(): Promise<void> {
    return this.track(() => this.read(true));
  }

  private maybeCheck(): void {
    const now = Date.now();
    if (this.pending || now - this.lastCheck < (this.options.checkEveryMs ?? SHAPE_CHECK_MS)) {
      return;
    }
    this.lastCheck = now;
    void this.track(() => this.read(false));
  }

  /** Runs reads one after another; `pending` is the last one while it runs. */
  private track(read: () => Promise<void>): Promise<void> {
    const tracked: Promise<void> = (this.pending ?? Promise.resolve()).then(read).finally(() => {
      if (this.pending === tracked) this.pending = undefined;
    });
    this.pending = tracked;
    return tracked;
  }

  private async read(force: boolean): Promise<void> {
    const { driver, database, properties } = this.options;
    try {
      if (!force && this.shape) {
        const signature = await readSignature(driver, database);
        if (signature === this.shape.signature) return;
      }
      this.shape = await readGraphShape(driver, database, properties);
      this.lastCheck = Date.now();
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}
