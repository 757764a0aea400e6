import { decodeClaims, NOT_CLAIMED, type Claim } from './claims.js';
import { samePlain, toPlain } from './neo4j-values.js';

/**
 * The claims a node or relationship holds in the graph: its stored `claims`, plus an unsourced claim
 * for each property value stored without one (written before claims existed, or by an API editor).
 */
export function claimsInGraph(props: Record<string, unknown>): Claim[] {
  const claims = decodeClaims(props.claims);
  const claimed = new Set(claims.map((c) => c.property));
  for (const [property, raw] of Object.entries(props)) {
    if (NOT_CLAIMED.has(property) || claimed.has(property)) continue;
    const value = toPlain(raw);
    if (property === 'aliases' && Array.isArray(value)) {
      // Names that another document gives are aliases derived from their claims, not legacy ones.
      const names = new Set(claims.filter((c) => c.property === 'name').map((c) => c.value));
      for (const alias of value)
        if (!names.has(String(alias))) claims.push({ property, value: String(alias), sources: [] });
    } else if (value !== null && !Array.isArray(value)) {
      claims.push({ property, value, sources: [] });
    }
  }
  return claims;
}

/** Stored values compared: claims as sets (another writer may have appended one), the rest as is. */
export function sameStored(key: string, current: unknown, wanted: unknown): boolean {
  if (key !== 'claims' || !Array.isArray(current) || !Array.isArray(wanted))
    return samePlain(current, wanted);
  return samePlain([...current].sort(), [...wanted].sort());
}
