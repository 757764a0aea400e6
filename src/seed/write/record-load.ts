import { randomUUID } from 'node:crypto';
import type { Transaction } from 'neo4j-driver';
import type { ChangeAction } from '../../audit/change.js';
import { cliActor } from '../../audit/actor.js';
import { recordChange } from '../../audit/record-change.js';
import type { Plan } from '../plan/plan.js';

/**
 * Appends the load to the audit trail in the load's own transaction (recorded only when it writes
 * something): who, which files, which entities were created, updated or got a relationship.
 */
export async function recordLoad(
  tx: Transaction,
  plan: Plan,
  who: { actor?: string; operation?: string; files: readonly string[]; requestId?: string },
): Promise<void> {
  const entities: { id: string; action: ChangeAction }[] = [];
  const created = new Set<string>();
  const updated = new Set(plan.updates.map((u) => u.what));
  for (const w of plan.nodeWrites) {
    const isUpdate = updated.has(w.id);
    if (!isUpdate) created.add(w.id);
    entities.push({ id: w.id, action: isUpdate ? 'updated' : 'created' });
  }
  for (const r of plan.relCreates) {
    entities.push({ id: r.from, action: 'related' }, { id: r.to, action: 'related' });
  }
  if (!entities.length && !plan.relUpdates.length) return;
  await recordChange(tx, {
    actor: who.actor ?? cliActor(),
    operation: who.operation ?? 'seed',
    name: null,
    fields: [...who.files],
    requestId: who.requestId ?? randomUUID(),
    entities,
    counts: {
      nodesCreated: created.size,
      relationshipsCreated: plan.relCreates.length,
      propertiesSet: plan.nodeWrites.length + plan.relUpdates.length,
    },
  });
}
