import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import { restate, valueKey, type Claim, type ClaimValue } from '../../model/claims.js';
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
  return restate(graph, stated.claims(), (claim, otherValue, rest) => {
    if (isNew(claim, graph)) reportConflict(stated, claim, otherValue, rest, issues);
  });
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
