import { claimsInGraph } from '../model/claims-in-graph.js';
import {
  aliasesOf,
  encodeClaims,
  MULTI_VALUED,
  normalizeClaims,
  shownValues,
  type Claim,
} from '../model/claims.js';
import { toPlain } from '../model/neo4j-values.js';

/** Identifiers of the same thing elsewhere: kept from `drop` where `keep` has none, never two. */
export const EXTERNAL_IDS = ['wikidata', 'ror'] as const;

type Props = Record<string, unknown>;

/** The display name of an entity (Documents may only have a title). */
export const displayName = (props: Props): string | undefined => {
  const name = props.name ?? props.title;
  return name === undefined || name === null ? undefined : String(name);
};

/** External ids both entities hold with different values (a merge is refused then). */
export function externalIdConflicts(keep: Props, drop: Props): string[] {
  return EXTERNAL_IDS.filter(
    (key) => keep[key] != null && drop[key] != null && String(keep[key]) !== String(drop[key]),
  ).map((key) => `${key}: ${String(keep[key])} ≠ ${String(drop[key])}`);
}

/**
 * The kept entity's properties after the merge: `keep`'s values win, `drop` adds what `keep` lacks
 * (external ids included); list properties unite; claims unite (the same value from both is one
 * claim with the sources of both) with `drop`'s name stated as an alias, and the shown values are
 * the preferred claims again (src/seed/claims/claim.ts), so a later load computes the same node.
 */
export function uniteProperties(keep: Props, drop: Props): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(drop)) if (key !== 'id') out[key] = toPlain(value);
  for (const [key, value] of Object.entries(keep)) {
    const plain = toPlain(value);
    const other = out[key];
    out[key] = Array.isArray(plain) && Array.isArray(other) ? unite(plain, other) : plain;
  }
  const dropName = displayName(drop);
  const dropClaims = claimsInGraph(drop).map((c): Claim =>
    c.property === 'name' ? { ...c, property: 'aliases' } : c,
  );
  if (
    dropName !== undefined &&
    !dropClaims.some((c) => c.property === 'aliases' && c.value === dropName)
  ) {
    dropClaims.push({ property: 'aliases', value: dropName, sources: [] });
  }
  const claims = normalizeClaims(
    withoutUnsourced(uniteClaims([...claimsInGraph(keep), ...dropClaims])),
  );
  // The preferred claims of the united set are shown; where no document states a property, the
  // kept entity's own value stays (keep wins).
  for (const [key, value] of Object.entries(shownValues(claims))) {
    const sourced = claims.some((c) => c.property === key && c.sources.length > 0);
    if (sourced || keep[key] === undefined || keep[key] === null) out[key] = value;
  }
  out.claims = encodeClaims(claims);
  const keepName = displayName(out);
  const aliases = unite(Array.isArray(out.aliases) ? out.aliases : [], [
    ...aliasesOf(claims),
    ...(dropName ? [dropName] : []),
  ]).filter((a) => a !== keepName);
  out.aliases = aliases;
  return out;
}

/**
 * An unsourced value gives way to a sourced one of the same property, as in a load
 * (seed/claims/graph-claims.ts): otherwise the next load of that source would change the value back.
 */
function withoutUnsourced(claims: readonly Claim[]): Claim[] {
  const sourced = new Set(claims.filter((c) => c.sources.length > 0).map((c) => c.property));
  return claims.filter(
    (c) => c.sources.length > 0 || MULTI_VALUED.has(c.property) || !sourced.has(c.property),
  );
}

/** One claim per (property, value), with the sources of every copy. */
export function uniteClaims(claims: readonly Claim[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const c of claims) {
    const key = `${c.property}\0${JSON.stringify(c.value)}`;
    const known = byKey.get(key);
    byKey.set(
      key,
      known
        ? {
            ...known,
            sources: unite(known.sources, c.sources) as string[],
            ...(known.prefer || c.prefer ? { prefer: true } : {}),
          }
        : c,
    );
  }
  return [...byKey.values()];
}

export function unite(a: readonly unknown[], b: readonly unknown[]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const v of [...a, ...b]) seen.set(JSON.stringify(v), v);
  return [...seen.values()].sort((x, y) =>
    String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0,
  );
}
