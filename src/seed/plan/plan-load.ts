import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { batches } from '../batches.js';
import { emptyCounts, type Counts, type Plan } from './plan.js';
import { relKey, type NodeRow, type RelRow, type ResolvedLoad } from '../resolve/resolved-load.js';
import { samePlain, toNeo4j, toPlain } from './values.js';

type Tx = Transaction | ManagedTransaction;

/**
 * Compares what the files state with the graph, inside the caller's transaction, and returns the
 * writes needed: nothing for facts already there, new sources appended, changed properties only.
 */
export async function planLoad(tx: Tx, load: ResolvedLoad, batchSize: number): Promise<Plan> {
  const plan: Plan = {
    nodes: {},
    relationships: {},
    updates: [],
    nodeWrites: [],
    relCreates: [],
    relUpdates: [],
  };
  const existingNodes = await readNodes(tx, load.nodes, batchSize);
  for (const row of load.nodes) planNode(plan, row, existingNodes.get(row.id));
  // A relationship touching a node this load creates cannot exist yet: no need to look for it.
  const created = new Set(load.nodes.filter((n) => !existingNodes.has(n.id)).map((n) => n.id));
  const maybeExisting = load.relationships.filter(
    (r) => !created.has(r.from) && !created.has(r.to),
  );
  const existingRels = await readRels(tx, maybeExisting, batchSize);
  if (existingRels.size === 0) for (const row of load.relationships) planRel(plan, row, undefined);
  else for (const row of load.relationships) planRel(plan, row, existingRels.get(relKey(row)));
  return plan;
}

const bump = (groups: Record<string, Counts>, key: string, field: keyof Counts): void => {
  (groups[key] ??= emptyCounts())[field]++;
};

function planNode(plan: Plan, row: NodeRow, existing: Record<string, unknown> | undefined): void {
  const desired: Record<string, unknown> = { ...row.props };
  if (row.label === 'Document') desired.title = row.props.name;
  if (!existing) {
    bump(plan.nodes, row.label, 'created');
    plan.nodeWrites.push({
      id: row.id,
      label: row.label,
      props: toNeo4j({ ...desired, aliases: row.aliases }),
    });
    return;
  }
  const changed = Object.keys(desired).filter((k) => !samePlain(existing[k], desired[k]));
  const have = (toPlain(existing.aliases) ?? []) as string[];
  const name = String(desired.name ?? existing.name);
  const added = row.aliases.filter((a) => !have.includes(a) && a !== name);
  if (!changed.length && !added.length) return bump(plan.nodes, row.label, 'unchanged');
  bump(plan.nodes, row.label, 'updated');
  const props: Record<string, unknown> = Object.fromEntries(changed.map((k) => [k, desired[k]]));
  if (added.length) props.aliases = [...have, ...added];
  plan.nodeWrites.push({ id: row.id, label: row.label, props: toNeo4j(props) });
  plan.updates.push({ what: row.id, properties: Object.keys(props), addedSources: [] });
}

function planRel(
  plan: Plan,
  row: RelRow,
  existing: { eid: string; props: Record<string, unknown> } | undefined,
): void {
  if (!existing) {
    bump(plan.relationships, row.type, 'created');
    const props = toNeo4j({ ...row.identity, ...row.props, sources: row.sources });
    plan.relCreates.push({ type: row.type, from: row.from, to: row.to, props });
    return;
  }
  const current = existing.props;
  const changed = Object.keys(row.props).filter(
    (k) => !samePlain(current[k], row.props[k]) && !(k === 'evidence' && current[k] != null),
  );
  const have = (toPlain(current.sources) ?? []) as string[];
  const addedSources = row.sources.filter((s) => !have.includes(s));
  if (!changed.length && !addedSources.length)
    return bump(plan.relationships, row.type, 'unchanged');
  bump(plan.relationships, row.type, 'updated');
  const props: Record<string, unknown> = Object.fromEntries(changed.map((k) => [k, row.props[k]]));
  if (addedSources.length) props.sources = [...have, ...addedSources];
  plan.relUpdates.push({ type: row.type, eid: existing.eid, props: toNeo4j(props) });
  plan.updates.push({
    what: `${row.type} ${row.from} → ${row.to}`,
    properties: changed,
    addedSources,
  });
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
    identity: r.identity,
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
