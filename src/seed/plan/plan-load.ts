import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { eachRecord } from '../../neo4j/each-record.js';
import { batches } from '../batches.js';
import { IDENTITY_PROPS, type RelationshipType } from '../../model/relationship-types.js';
import { emptyPlan, type Plan } from './plan.js';
import { planNode } from './plan-node.js';
import { planRelationship } from './plan-relationship.js';
import type { NodeRow, RelRow, ResolvedLoad } from '../resolve/resolved-load.js';

type Tx = Transaction | ManagedTransaction;

/**
 * Compares what the files state with the graph, inside the caller's transaction, and returns the
 * writes needed: nothing for facts already there, new sources appended, changed properties only.
 */
export async function planLoad(tx: Tx, load: ResolvedLoad, batchSize: number): Promise<Plan> {
  const plan = emptyPlan();
  // Batch by batch, read then planned: a reload holds one batch of the graph's state at a time.
  const created = new Set<string>();
  for (const batch of batches(load.nodes, batchSize)) {
    const existing = await readNodes(tx, batch);
    for (const row of batch) {
      const current = existing.get(row.id);
      if (!current) created.add(row.id);
      planNode(plan, row, current);
    }
  }
  // A relationship touching a node this load creates cannot exist yet: no need to look for it.
  // The others are read a batch at a time; rows are planned in order as their batch comes back.
  let pending: RelRow[] = [];
  let lookups: RelRow[] = [];
  const flush = async () => {
    const existing = lookups.length ? await readRels(tx, lookups) : undefined;
    for (const row of pending) planRelationship(plan, row, existing?.get(row));
    pending = [];
    lookups = [];
  };
  for (const row of load.relationships) {
    pending.push(row);
    if (!created.has(row.from) && !created.has(row.to)) lookups.push(row);
    if (lookups.length >= batchSize) await flush();
  }
  await flush();
  return plan;
}

async function readNodes(tx: Tx, rows: readonly NodeRow[]) {
  const found = new Map<string, Record<string, unknown>>();
  const ids = rows.map((r) => r.id);
  await eachRecord(tx, cypherFile('seed/read-nodes.cypher'), { ids }, (r) =>
    found.set(r.get('id') as string, r.get('props') as Record<string, unknown>),
  );
  return found;
}

/** The graph's state of these relationships, by row (absent: not in the graph). */
async function readRels(tx: Tx, rows: readonly RelRow[]) {
  const found = new Map<RelRow, { eid: string; props: Record<string, unknown> }>();
  const params = rows.map((r) => ({
    type: r.type,
    from: r.from,
    to: r.to,
    // Every identity property of the type, null when left out: a role without a title is not
    // the same relationship as a titled one (whichever was loaded first).
    identity: Object.fromEntries(
      (IDENTITY_PROPS[r.type as RelationshipType] ?? []).map((k) => [k, r.identity[k] ?? null]),
    ),
  }));
  await eachRecord(tx, cypherFile('seed/read-relationships.cypher'), { rows: params }, (r) =>
    found.set(rows[Number(r.get('at'))]!, {
      eid: r.get('eid') as string,
      props: r.get('props') as Record<string, unknown>,
    }),
  );
  return found;
}
