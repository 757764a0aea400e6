/** A fully resolved way to reach Neo4j: what the driver needs, nothing optional. */
export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}
