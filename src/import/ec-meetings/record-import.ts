import type { ManagedTransaction } from 'neo4j-driver';
import { recordChange } from '../../audit/record-change.js';
import { cliActor } from '../../audit/actor.js';

/** One id for all the transactions of one import run (the audit trail groups them by it). */
const RUN_ID = `import-${Date.now().toString(36)}-${process.pid}`;

/**
 * Appends one import transaction to the audit trail, inside it, when it changed anything: who,
 * which entities (meetings, organisations, officials) and the counts.
 */
export async function recordImport(
  tx: ManagedTransaction,
  ids: readonly string[],
  counts: { nodesCreated: number; relationshipsCreated: number; propertiesSet: number },
): Promise<void> {
  if (!counts.nodesCreated && !counts.relationshipsCreated && !counts.propertiesSet) return;
  await recordChange(tx, {
    actor: cliActor(),
    operation: 'import',
    name: 'ec-meetings',
    requestId: RUN_ID,
    entities: ids.map((id) => ({ id, action: 'updated' as const })),
    counts,
  });
}
