import {
  encodeNormalized,
  MULTI_VALUED,
  restate,
  type Claim,
  type ClaimValue,
} from '../../model/claims.js';
import { claimsInGraph, sameStored } from '../../model/claims-in-graph.js';
import { toNeo4j } from '../../model/neo4j-values.js';

export type Facts = Readonly<Record<string, ClaimValue | readonly ClaimValue[]>>;

/**
 * What a node or relationship must change when a dated source (a dataset release) states these
 * facts: each value becomes a claim of that source as of its date; the value shown is the
 * preferred claim (a later release's, unless a curator prefers another), a list shows the newest
 * source's values; claims of other sources stay. Returns only the properties that change, as
 * stored (dates as Neo4j dates), so an unchanged restatement writes nothing.
 */
export function restateFacts(
  existing: Readonly<Record<string, unknown>>,
  facts: Facts,
  source: string,
  asOf: string,
): Record<string, unknown> {
  const properties = Object.keys(facts);
  const own: Record<string, unknown> = { claims: existing.claims };
  for (const p of properties) if (p in existing) own[p] = existing[p];
  const stated: Claim[] = properties.flatMap((property) =>
    listOf(facts[property]!).map((value) => ({ property, value, sources: [source], asOf })),
  );
  const claims = restate(claimsInGraph(own), stated);
  const desired: Record<string, unknown> = {};
  for (const p of properties) {
    const of = claims.filter((c) => c.property === p);
    if (MULTI_VALUED.has(p)) {
      const newest = of
        .map((c) => c.asOf ?? '')
        .sort()
        .at(-1);
      desired[p] = of.filter((c) => (c.asOf ?? '') === newest).map((c) => c.value);
    } else desired[p] = (of.find((c) => c.preferred) ?? of[0])!.value;
  }
  // No claims stated and none held (a relationship without properties): no `claims` at all.
  const encoded = claims.length || existing.claims ? { claims: encodeNormalized(claims) } : {};
  const stored = toNeo4j({ ...desired, ...encoded });
  return Object.fromEntries(
    Object.entries(stored).filter(([k, v]) => !sameStored(k, existing[k], v)),
  );
}

const listOf = (v: ClaimValue | readonly ClaimValue[]): readonly ClaimValue[] =>
  Array.isArray(v) ? v : [v as ClaimValue];
