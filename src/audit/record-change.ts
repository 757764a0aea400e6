import { randomUUID } from 'node:crypto';
import { cypherFile } from '../neo4j/cypher-file.js';
import { emptyCounts, type Change, type ChangeAction } from './change.js';

/** Anything that runs Cypher inside the caller's transaction: Transaction or ManagedTransaction. */
export interface CypherRunner {
  run(query: string, parameters?: Record<string, unknown>): PromiseLike<unknown>;
}

/** Entity ids kept on the record itself (all of them are linked as ChangeSubjects). */
const IDS_ON_RECORD = 1_000;
const LINK_BATCH = 5_000;

/**
 * Appends one change record to the audit trail INSIDE the caller's transaction, so the record
 * commits or rolls back with the write it describes. Creates (:Change {id, at, actor, operation,
 * name, fields, requestId, entityCount, entityIds, counts…}) and, per entity id,
 * (:Change)-[:CHANGED {action}]->(:ChangeSubject {entityId}). Returns the record's id.
 */
export async function recordChange(tx: CypherRunner, change: Change): Promise<string> {
  const entities = distinct(change.entities);
  const id = randomUUID();
  await tx.run(cypherFile('audit/create-change.cypher'), {
    id,
    actor: change.actor,
    operation: change.operation,
    name: change.name ?? null,
    fields: [...(change.fields ?? [])],
    requestId: change.requestId,
    entityCount: entities.length,
    entityIds: entities.slice(0, IDS_ON_RECORD).map((e) => e.id),
    counts: { ...emptyCounts(), ...change.counts },
  });
  for (let i = 0; i < entities.length; i += LINK_BATCH) {
    await tx.run(cypherFile('audit/link-subjects.cypher'), {
      id,
      entities: entities.slice(i, i + LINK_BATCH),
    });
  }
  return id;
}

/** When one write does several things to an entity, the strongest is recorded. */
const RANK: Record<ChangeAction, number> = {
  related: 0,
  updated: 1,
  redirected: 2,
  merged: 3,
  created: 4,
  deleted: 5,
};

function distinct(entities: Change['entities']): { id: string; action: ChangeAction }[] {
  const byId = new Map<string, ChangeAction>();
  for (const { id, action } of entities) {
    const known = byId.get(id);
    if (known === undefined || RANK[action] > RANK[known]) byId.set(id, action);
  }
  return [...byId].map(([id, action]) => ({ id, action }));
}
