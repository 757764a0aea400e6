/** What happened to one entity in a write. */
export type ChangeAction = 'created' | 'updated' | 'deleted' | 'related' | 'merged' | 'redirected';

/** Counters of a write (Neo4j's query statistics, summed over its statements). */
export interface ChangeCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export const emptyCounts = (): ChangeCounts => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

/** One write to record: who, through what, which entities, how much. */
export interface Change {
  /** `jwt:<sub>` for the API, `cli:<user>` for commands. */
  readonly actor: string;
  /** The channel: `graphql`, `seed`, `import`, `merge`. */
  readonly operation: string;
  /** GraphQL operation name, or the command line's short form; null when none. */
  readonly name?: string | null;
  /** GraphQL root fields (e.g. createPeople), or the files of a seed. */
  readonly fields?: readonly string[];
  /** Id of the HTTP request or of the command run (one per process run). */
  readonly requestId: string;
  /** Entities touched; an id given several times is recorded once, with its strongest action. */
  readonly entities: readonly { readonly id: string; readonly action: ChangeAction }[];
  readonly counts?: Partial<ChangeCounts>;
}
