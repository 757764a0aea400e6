import type { ManagedTransaction } from 'neo4j-driver';
import { cliActor } from '../../audit/actor.js';
import { recordChange } from '../../audit/record-change.js';
import { changedAnything, type WriteCounts } from './counts.js';
import type { Dataset } from './dataset.js';

/** One id for all the transactions of one import run (the audit trail groups them by it). */
const RUN_ID = `import-${Date.now().toString(36)}-${process.pid}`;

/**
 * Appends one import transaction to the audit trail, inside it, when it changed anything: who,
 * which dataset, which entities and the counts.
 */
export async function recordImport(
  tx: ManagedTransaction,
  dataset: Dataset,
  ids: readonly string[],
  counts: WriteCounts,
): Promise<void> {
  if (!changedAnything(counts)) return;
  await recordChange(tx, {
    actor: cliActor(),
    operation: 'import',
    name: dataset.name,
    requestId: RUN_ID,
    entities: ids.map((id) => ({ id, action: 'updated' as const })),
    counts,
  });
}
