import type { StatedClaims } from '../claims/stated-claims.js';
import { relKey, type RelRow } from './resolved-load.js';
import type { ResolveState } from './resolve-state.js';

/**
 * Adds a relationship, or merges it into the same one stated before: sources united, each
 * property value a claim of its documents (a different value from another document is kept too).
 */
export function addRelationship(
  state: ResolveState,
  row: Omit<RelRow, 'claims'>,
  claims: StatedClaims,
): void {
  const key = relKey(row);
  const prior = state.rels.get(key);
  if (!prior) {
    state.rels.set(key, { ...row, props: {}, sources: [...row.sources], claims });
    return;
  }
  prior.claims.absorb(claims, state.issues);
  for (const s of row.sources) if (!prior.sources.includes(s)) prior.sources.push(s);
}
