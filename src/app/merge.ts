import type { Driver } from 'neo4j-driver';
import { mergeEntities, type MergeRequest, type MergeResult } from '../merge/merge-entities.js';
import { inWriteTransaction } from '../neo4j/transactions.js';

/** mergeEntities in a transaction of its own: all of the merge and its audit record, or nothing. */
export function runMerge(
  driver: Driver,
  database: string,
  request: MergeRequest,
): Promise<MergeResult> {
  return inWriteTransaction(driver, database, (tx) => mergeEntities(tx, request), {
    app: 'policy-graph merge',
    requestId: request.requestId,
  });
}
