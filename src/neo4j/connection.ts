/** A fully resolved way to reach Neo4j: what the driver needs, nothing optional. */
export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** Longest wait for a pooled connection (and for connecting) before failing, in ms (default 3000). */
  readonly acquisitionTimeoutMs?: number;
}
