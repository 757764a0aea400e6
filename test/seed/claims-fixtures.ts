import type { ClaimValue } from '../../src/model/claims.js';
import { formatIssue, type SeedIssue } from '../../src/seed/issues.js';
import { StatedClaims, type Site } from '../../src/seed/claims/stated-claims.js';
import { emptyPlan } from '../../src/seed/plan/plan.js';

/** Where a statement was written: `file`, line `line`, column 1. */
export const site = (file: string, line = 1): Site => ({ file, at: () => ({ line, col: 1 }) });

/** [property, value, document, prefer?]: the n-th is written in `<document>.yaml` at line n. */
export type Statement = [string, ClaimValue, string, boolean?];

/** What one load states about `what`; statements must not contradict themselves. */
export function statedClaims(what: string, statements: readonly Statement[]): StatedClaims {
  const issues: SeedIssue[] = [];
  const stated = new StatedClaims(what);
  statements.forEach(([property, value, source, prefer], i) =>
    stated.state(property, value, source, site(`${source}.yaml`, i + 1), issues, prefer),
  );
  if (issues.length) throw new Error(issues.map(formatIssue).join('\n'));
  return stated;
}

export { emptyPlan };
