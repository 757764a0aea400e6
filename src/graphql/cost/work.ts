import type { GraphShape } from '../shape/graph-shape.js';
import { graphql } from '../graphql-cjs.js';
import { ErrorCode } from '../../errors/codes.js';

/**
 * What a custom query costs whatever it returns: the graph it reads. A network answer of one
 * object may have walked thousands of relationships, a count read a whole index. At least
 * HEAVY_COST (1,000) for every traversal, so they always take turns (./heavy-gate.ts).
 */
export function workOf(
  field: string,
  args: Record<string, unknown>,
  shape: GraphShape | undefined,
): number {
  // Clamped to the arguments' ranges: a value out of range is refused by the resolver's own check
  // (BAD_USER_INPUT naming the range), not as a costly question.
  const n = (value: unknown, fallback: number, max: number) =>
    typeof value === 'number' ? Math.min(Math.max(value, 1), max) : fallback;
  switch (field) {
    case 'egoNetwork':
      return 1_000 * n(args.depth, 1, 3);
    case 'connections':
      return 500 * n(args.maxHops, 4, 6) + 100 * n(args.k, 10, 25);
    case 'commonConnections':
      return n(args.depth, 1, 2) >= 2 ? 5_000 : 1_000;
    case 'central':
      return args.scope ? 2_000 : 5_000;
    case 'searchCount':
      return 3_000;
    case 'meetingCounts':
      return Math.max(1_000, Math.ceil((shape?.nodes.Event ?? 10_000) / 10));
    case 'meetingsPerYear':
      return 500;
    case 'weightedNetwork':
      // Each partner shown adds its links to the others (and at depth 2 its own partners).
      return 2_000 * n(args.depth, 1, 2) + 10 * n(args.limit, 25, 500) * n(args.depth, 1, 2);
    case 'sharedProjects':
      return 500;
    default:
      return 0;
  }
}

/** Relationship filters (`some`, `all`, `none`, `single`, `…Connection`) nested in one `where`. */
export const MAX_FILTER_DEPTH = 2;

const RELATIONSHIP_QUANTIFIERS = new Set(['some', 'all', 'none', 'single']);

/** How deeply relationship filters nest in a `where` value (0: none). */
export function filterDepth(where: unknown): number {
  if (!where || typeof where !== 'object') return 0;
  let deepest = 0;
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    const parts = Array.isArray(value) ? value : [value];
    for (const part of parts) {
      const step = RELATIONSHIP_QUANTIFIERS.has(key) || key.endsWith('Connection') ? 1 : 0;
      deepest = Math.max(deepest, step + filterDepth(part));
    }
  }
  return deepest;
}

/** The path of a relationship filter left empty (`meetings: { some: {} }`), if any. */
export function emptyQuantifier(where: unknown, path = 'where'): string | undefined {
  if (!where || typeof where !== 'object') return undefined;
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    const here = `${path}.${key}`;
    const empty = value && typeof value === 'object' && Object.keys(value).length === 0;
    if (RELATIONSHIP_QUANTIFIERS.has(key) && empty) return here;
    for (const part of Array.isArray(value) ? value : [value]) {
      const found = emptyQuantifier(part, here);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Refuses a `where` whose relationship filters nest deeper than MAX_FILTER_DEPTH, and an empty
 * relationship filter: @neo4j/graphql drops `some: {}`, so "has any meeting" would silently match
 * every entity.
 */
export function checkFilterDepth(field: string, where: unknown): void {
  const empty = emptyQuantifier(where);
  if (empty) {
    throw new graphql.GraphQLError(
      `${field}: ${empty} is empty, and an empty relationship filter matches every entity. Name a property, e.g. { id: { startsWith: "event:" } } for "has any".`,
      { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } },
    );
  }
  const depth = filterDepth(where);
  if (depth > MAX_FILTER_DEPTH) {
    throw new graphql.GraphQLError(
      `${field}: "where" nests relationship filters ${depth} deep; at most ${MAX_FILTER_DEPTH} (each level reads every related entity). Filter in two questions instead.`,
      { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } },
    );
  }
}
