import { encodeClaims, shownValues } from '../../model/claims.js';
import { claimsInGraph } from '../../model/claims-in-graph.js';
import { mergeWithGraph } from '../claims/graph-claims.js';
import type { RelRow } from '../resolve/resolved-load.js';
import { bump, type Plan } from './plan.js';
import { samePlain, toNeo4j, toPlain } from '../../model/neo4j-values.js';

/** Properties a relationship should hold: identity, shown values, claims, sorted sources. */
function desiredRelationship(
  row: RelRow,
  existing: Record<string, unknown> | undefined,
  plan: Plan,
): Record<string, unknown> {
  const have = (toPlain(existing?.sources) ?? []) as string[];
  const sources = [...new Set([...have, ...row.sources])].sort();
  if (!row.claims) return { ...row.identity, ...row.props, sources };
  const claims = mergeWithGraph(row.claims, claimsInGraph(existing ?? {}), plan.issues);
  const claimed = claims.length ? { claims: encodeClaims(claims) } : {};
  return { ...row.identity, ...shownValues(claims), ...claimed, sources };
}

/** Plans one relationship: created, unchanged, or updated with what changes (sources united). */
export function planRelationship(
  plan: Plan,
  row: RelRow,
  existing: { eid: string; props: Record<string, unknown> } | undefined,
): void {
  const desired = desiredRelationship(row, existing?.props, plan);
  if (!existing) {
    bump(plan.relationships, row.type, 'created');
    plan.relCreates.push({ type: row.type, from: row.from, to: row.to, props: toNeo4j(desired) });
    return;
  }
  const current = existing.props;
  const stored = toNeo4j(desired);
  const changed = Object.keys(stored).filter((k) => !samePlain(current[k], stored[k]));
  if (!changed.length) return bump(plan.relationships, row.type, 'unchanged');
  bump(plan.relationships, row.type, 'updated');
  const have = (toPlain(current.sources) ?? []) as string[];
  const addedSources = row.sources.filter((s) => !have.includes(s));
  const props = Object.fromEntries(changed.map((k) => [k, stored[k]]));
  plan.relUpdates.push({ type: row.type, eid: existing.eid, props });
  plan.updates.push({
    what: `${row.type} ${row.from} → ${row.to}`,
    properties: changed.filter((k) => k !== 'sources' && k !== 'claims'),
    addedSources,
  });
}
