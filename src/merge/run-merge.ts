import type { Driver } from 'neo4j-driver';
import { mergeEntities, type MergeRequest, type MergeResult } from './merge-entities.js';

/** mergeEntities in a transaction of its own: all of the merge and its audit record, or nothing. */
export async function runMerge(
  driver: Driver,
  database: string,
  request: MergeRequest,
): Promise<MergeResult> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => mergeEntities(tx, request), {
      metadata: { app: 'policy-graph merge', requestId: request.requestId },
    });
  } finally {
    await session.close();
  }
}
