import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import {
  MULTI_VALUED,
  normalizeClaims,
  valueKey,
  type Claim,
  type ClaimValue,
} from '../../model/claims.js';
import { conflictIssue, show, type StatedClaims } from './stated-claims.js';

/**
 * What the graph holds after this load: the graph's claims with the load's added. A document that
 * now states another value for a property no longer supports its old one; an unsourced value gives
 * way to a sourced one; a value other documents still state stays, and is reported as a conflict
 * (unless the load itself already reported it).
 */
export function mergeWithGraph(
  stated: StatedClaims,
  graph: readonly Claim[],
  issues: SeedIssue[],
): Claim[] {
  reportLoadConflicts(stated, graph, issues);
  const merged = new Map<string, Claim>(
    graph.map((c) => [`${c.property}\0${valueKey(c.value)}`, c]),
  );
  for (const claim of stated.claims()) {
    const key = `${claim.property}\0${valueKey(claim.value)}`;
    if (!MULTI_VALUED.has(claim.property)) {
      for (const [otherKey, other] of merged) {
        if (other.property !== claim.property || otherKey === key) continue;
        const rest = other.sources.filter((s) => !claim.sources.includes(s));
        if (rest.length === 0) merged.delete(otherKey);
        else {
          merged.set(otherKey, { ...other, sources: rest });
          if (isNew(claim, graph)) reportConflict(stated, claim, other.value, rest, issues);
        }
      }
    }
    const prior = merged.get(key);
    merged.set(key, {
      ...claim,
      sources: [...new Set([...(prior?.sources ?? []), ...claim.sources])],
      ...(prior?.prefer || claim.prefer ? { prefer: true } : {}),
    });
  }
  return normalizeClaims([...merged.values()]);
}

/** True when the graph does not hold this value with all of these sources yet. */
function isNew(claim: Pick<Claim, 'property' | 'value' | 'sources'>, graph: readonly Claim[]) {
  const held = graph.find(
    (g) => g.property === claim.property && valueKey(g.value) === valueKey(claim.value),
  );
  return !held || claim.sources.some((s) => !held.sources.includes(s));
}

/** Conflicts between documents of this load, said unless the graph already held both sides. */
function reportLoadConflicts(stated: StatedClaims, graph: readonly Claim[], issues: SeedIssue[]) {
  for (const c of stated.conflicts) {
    const mine = { property: c.property, value: c.value, sources: [c.source] };
    const theirs = { property: c.property, value: c.otherValue, sources: c.otherSources };
    if (isNew(mine, graph) || isNew(theirs, graph))
      issues.push(conflictIssue(stated.what, c, c.otherSources));
  }
}

function reportConflict(
  stated: StatedClaims,
  claim: Claim,
  otherValue: ClaimValue,
  otherSources: readonly string[],
  issues: SeedIssue[],
): void {
  const loaded = stated.sourcesOf(claim.property, otherValue);
  const unreported = otherSources.filter((s) => !loaded.has(s));
  const site = stated.siteOf(claim.property, claim.value);
  if (!unreported.length || !site) return;
  const msg = `${stated.what}.${claim.property}: ${show(claim.value)} here vs ${show(otherValue)} in ${unreported.join(', ')}`;
  issues.push(issue(site.file, site.at(), SeedIssueCode.CONFLICTING_VALUE, msg));
}
