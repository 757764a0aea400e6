import type { QueryResult, Session, Transaction } from 'neo4j-driver';
import { emptyCounts, type ChangeAction, type ChangeCounts } from '../audit/change.js';

/**
 * The one transaction of a mutation operation and what is learnt while it runs: the root fields,
 * the entities touched and the summed write counters. @neo4j/graphql runs every statement through
 * `executionContext` (a plain `run`, so it neither opens nor commits anything itself).
 */
export interface WriteSession {
  readonly session: Session;
  readonly tx: Transaction;
  readonly executionContext: { run: Transaction['run'] };
  readonly counts: ChangeCounts;
  readonly fields: string[];
  readonly entities: { id: string; action: ChangeAction }[];
  /** Nodes the operation may delete: MAX_DELETED_NODES, or @allowMassDelete(upTo:). */
  readonly deleteAllowance: number;
  /** The raw request variables (re-used to read what a `where` matches before a write). */
  readonly variables: Record<string, unknown>;
}

export function openWriteSession(
  session: Session,
  tx: Transaction,
  deleteAllowance: number,
  variables: Record<string, unknown>,
): WriteSession {
  const counts = emptyCounts();
  const run = ((query: string, parameters?: Record<string, unknown>) =>
    tx.run(query, parameters).then((result: QueryResult) => {
      addCounts(counts, result);
      return result;
    })) as unknown as Transaction['run'];
  return {
    session,
    tx,
    executionContext: { run },
    counts,
    fields: [],
    entities: [],
    deleteAllowance,
    variables,
  };
}

function addCounts(counts: ChangeCounts, result: QueryResult): void {
  const u = result.summary.counters.updates();
  counts.nodesCreated += u.nodesCreated;
  counts.nodesDeleted += u.nodesDeleted;
  counts.relationshipsCreated += u.relationshipsCreated;
  counts.relationshipsDeleted += u.relationshipsDeleted;
  counts.propertiesSet += u.propertiesSet;
}
