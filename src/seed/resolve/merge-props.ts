import { issue, SeedIssueCode, type Position, type SeedIssue } from '../issues.js';
import type { Props } from '../validate/valid-seed.js';

/** Properties that may differ between sources without conflict: the first one stays. */
const FIRST_WINS = new Set(['evidence']);

/**
 * Adds `next` into `into` (same entity or relationship stated again); a different value for the
 * same property is a CONFLICTING_VALUE error naming both places.
 */
export function mergeProps(
  into: Props,
  origin: Map<string, string>,
  next: Props,
  where: { file: string; posOf: (field: string) => Position; what: string },
  issues: SeedIssue[],
): void {
  for (const [key, value] of Object.entries(next)) {
    const prior = into[key];
    if (prior === undefined) {
      into[key] = value;
      origin.set(key, where.file);
    } else if (prior !== value && !FIRST_WINS.has(key)) {
      const msg = `${where.what}: '${key}' is ${JSON.stringify(value)} here but ${JSON.stringify(prior)} in ${origin.get(key)}`;
      issues.push(issue(where.file, where.posOf(key), SeedIssueCode.CONFLICTING_VALUE, msg));
    }
  }
}
