import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { batches } from '../batches.js';
import { IDENTITY_PROPS, type RelationshipType } from '../../model/relationship-types.js';
import { emptyPlan, type Plan } from './plan.js';
import { planNode } from './plan-node.js';
import { planRelationship } from './plan-relationship.js';
import { relKey, type NodeRow, type RelRow, type ResolvedLoad } from '../resolve/resolved-load.js';

type Tx = Transaction | ManagedTransaction;

/**
 * Compares what the files state with the graph, inside the caller's transaction, and returns the
 * writes needed: nothing for facts already there, new sources appended, changed properties only.
 */
export async function planLoad(tx: Tx, load: ResolvedLoad, batchSize: number): Promise<Plan> {
  const plan = emptyPlan();
  const existingNodes = await readNodes(tx, load.nodes, batchSize);
  for (const row of load.nodes) planNode(plan, row, existingNodes.get(row.id));
  // A relationship touching a node this load creates cannot exist yet: no need to look for it.
  const created = new Set(load.nodes.filter((n) => !existingNodes.has(n.id)).map((n) => n.id));
  const maybeExisting = load.relationships.filter(
    (r) => !created.has(r.from) && !created.has(r.to),
  );
  const existingRels = await readRels(tx, maybeExisting, batchSize);
  for (const row of load.relationships)
    planRelationship(plan, row, existingRels.size ? existingRels.get(relKey(row)) : undefined);
  return plan;
}

async function readNodes(tx: Tx, rows: readonly NodeRow[], size: number) {
  const found = new Map<string, Record<string, unknown>>();
  for (const batch of batches(
    rows.map((r) => r.id),
    size,
  )) {
    const result = await tx.run(cypherFile('seed/read-nodes.cypher'), { ids: batch });
    for (const r of result.records)
      found.set(r.get('id') as string, r.get('props') as Record<string, unknown>);
  }
  return found;
}

async function readRels(tx: Tx, rows: readonly RelRow[], size: number) {
  const found = new Map<string, { eid: string; props: Record<string, unknown> }>();
  const params = rows.map((r) => ({
    key: relKey(r),
    type: r.type,
    from: r.from,
    to: r.to,
    // Every identity property of the type, null when left out: a role without a title is not
    // the same relationship as a titled one (whichever was loaded first).
    identity: Object.fromEntries(
      (IDENTITY_PROPS[r.type as RelationshipType] ?? []).map((k) => [k, r.identity[k] ?? null]),
    ),
  }));
  for (const batch of batches(params, size)) {
    const result = await tx.run(cypherFile('seed/read-relationships.cypher'), { rows: batch });
    for (const r of result.records) {
      found.set(r.get('key') as string, {
        eid: r.get('eid') as string,
        props: r.get('props') as Record<string, unknown>,
      });
    }
  }
  return found;
}
