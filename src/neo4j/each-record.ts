import type { ManagedTransaction, Record as Neo4jRecord, Transaction } from 'neo4j-driver';

/**
 * Runs a statement in a transaction and hands each record to `onRecord` as it streams in, keeping
 * none. A transaction holds on to every result it ran until it commits, and a result read with
 * `await` keeps its records with it: a long load transaction that reads the graph's state batch by
 * batch would keep all of it (a 30k reload: ~80 MB). Streamed records are the caller's to keep.
 */
export function eachRecord(
  tx: Transaction | ManagedTransaction,
  query: string,
  parameters: Record<string, unknown>,
  onRecord: (record: Neo4jRecord) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // After `onRecord` throws, the rest of the stream is ignored: the caller has its error.
    let failed = false;
    tx.run(query, parameters).subscribe({
      onNext: (record) => {
        if (failed) return;
        try {
          onRecord(record);
        } catch (error) {
          failed = true;
          reject(error as Error);
        }
      },
      onCompleted: () => resolve(),
      onError: reject,
    });
  });
}
