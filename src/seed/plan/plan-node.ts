import { aliasesOf, encodeClaims, shownValues } from '../../model/claims.js';
import { claimsInGraph, sameStored } from '../../model/claims-in-graph.js';
import { mergeWithGraph } from '../claims/graph-claims.js';
import type { SeedIssue } from '../issues.js';
import type { NodeRow } from '../resolve/resolved-load.js';
import { bump, type Plan } from './plan.js';
import { toNeo4j, toPlain } from '../../model/neo4j-values.js';

/** What a node should hold after the load: shown values, every alias, and the claims behind them. */
function desiredNode(
  row: NodeRow,
  existing: Record<string, unknown> | undefined,
  issues: SeedIssue[],
): Record<string, unknown> {
  if (!row.claims) return { ...row.props, aliases: row.aliases };
  const claims = mergeWithGraph(row.claims, claimsInGraph(existing ?? {}), issues);
  const shown: Record<string, unknown> = shownValues(claims);
  const name = shown.name ?? existing?.name;
  if (row.label === 'Document' && name !== undefined) shown.title = name;
  // A name another document gives (not the one shown) stays findable, as an alias.
  const otherNames = claims.filter((c) => c.property === 'name' && c.value !== name);
  // Aliases only grow: spellings another writer recorded (an import, an editor) stay.
  const recorded = (toPlain(existing?.aliases) ?? []) as string[];
  const spellings = [...aliasesOf(claims), ...otherNames.map((c) => String(c.value)), ...recorded];
  const aliases = [...new Set(spellings)].filter((a) => a !== name).sort();
  return { ...shown, aliases, claims: encodeClaims(claims) };
}

/**
 * Plans one node against its current state: created, unchanged, or updated with only the
 * properties that change (aliases and claims as full, sorted lists, so load order cannot matter).
 */
export function planNode(
  plan: Plan,
  row: NodeRow,
  existing: Record<string, unknown> | undefined,
): void {
  const desired = desiredNode(row, existing, plan.issues);
  if (!existing) {
    bump(plan.nodes, row.label, 'created');
    plan.nodeWrites.push({ id: row.id, label: row.label, props: toNeo4j(desired), created: true });
    return;
  }
  if (!row.claims) {
    // Bulk rows without claims (benchmarks): aliases only grow.
    const have = (toPlain(existing.aliases) ?? []) as string[];
    desired.aliases = [...have, ...row.aliases.filter((a) => !have.includes(a))];
  }
  // Compared as stored: a month-only date "2023-05" is stored as 2023-05-01.
  const stored = toNeo4j(desired);
  const changed = Object.keys(stored).filter((k) => !sameStored(k, existing[k], stored[k]));
  if (!changed.length) return bump(plan.nodes, row.label, 'unchanged');
  bump(plan.nodes, row.label, 'updated');
  const props = Object.fromEntries(changed.map((k) => [k, stored[k]]));
  plan.nodeWrites.push({ id: row.id, label: row.label, props });
  plan.updates.push({ what: row.id, properties: changed, addedSources: [] });
}
