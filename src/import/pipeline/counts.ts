import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';

/** Counters of what a write changed (Neo4j's own update statistics). */
export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

export const zeroCounts = (): WriteCounts => ({
  nodesCreated: 0,
  relationshipsCreated: 0,
  propertiesSet: 0,
});

export function addCounts(into: WriteCounts, c: WriteCounts): void {
  into.nodesCreated += c.nodesCreated;
  into.relationshipsCreated += c.relationshipsCreated;
  into.propertiesSet += c.propertiesSet;
}

export const changedAnything = (c: WriteCounts): boolean =>
  c.nodesCreated + c.relationshipsCreated + c.propertiesSet > 0;

/** Runs one statement file (with the dataset's `$origin`) inside an import's transaction. */
export type RunInTx = (file: string, params: Record<string, unknown>) => Promise<Neo4jRecord[]>;

/** Runs one statement file in the transaction and adds its update statistics to `counts`. */
export async function runCounted(
  tx: ManagedTransaction,
  file: string,
  params: Record<string, unknown>,
  counts: WriteCounts,
): Promise<Neo4jRecord[]> {
  const result = await tx.run(cypherFile(file), params);
  const u = result.summary.counters.updates();
  addCounts(counts, {
    nodesCreated: u.nodesCreated,
    relationshipsCreated: u.relationshipsCreated,
    propertiesSet: u.propertiesSet,
  });
  return result.records;
}

export function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
