import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Largest document the parser reads (graphql-js `maxTokens`); 1000 aliases are far beyond it. */
export const MAX_TOKENS = 3000;

/**
 * Time budget of one request: every Cypher transaction of the request must finish within this
 * long of the request's start (each gets the time left as its Neo4j timeout).
 */
export const QUERY_TIMEOUT_MS = 10_000;

/**
 * Cost of an operation (src/graphql/cost.ts): the number of objects its answer may hold in this
 * graph, each list bounded by its limit and by the real fan-out of its relationship.
 */
export const MAX_COST = 25_000;

/**
 * Objects a request asks for in the sizes it states (`limit`, `first`), whatever the graph holds:
 * four nested lists of 500 (6.25e10) are refused; lists left at their default are bounded by the
 * graph's shape instead.
 */
export const MAX_REQUESTED = 10_000_000;

/** Operations costing this much or more are "heavy": at most HEAVY_SLOTS of them run at once. */
export const HEAVY_COST = 1_000;
export const HEAVY_SLOTS = 2;
/** Heavy operations waiting for a slot beyond this are refused with SERVER_BUSY. */
export const HEAVY_QUEUE = 64;

/** Lists: @limit(default: 50, max: 500) on every type; a larger `limit`/`first` is cut to 500. */
export const DEFAULT_LIST_SIZE = 50;
export const MAX_LIST_SIZE = 500;

/** Largest `offset` (or offset encoded in an `after` cursor); beyond it is BAD_USER_INPUT. */
export const MAX_OFFSET = 10_000;

/** Largest answer (JSON characters, counted before serialising); beyond it RESPONSE_TOO_LARGE. */
export const MAX_RESPONSE_BYTES = 5_000_000;

/** Introspection: the standard (GraphiQL) introspection query is 15 levels deep. */
export const MAX_INTROSPECTION_DEPTH = 16;

/**
 * Request-shape limits (graphql-armor), checked before anything executes: depth 10, 15 aliases,
 * 50 directives (and MAX_TOKENS in the parser). Armor's depth check skips `__schema`, which has its
 * own rules (src/graphql/introspection/rules.ts); armor's cost limit is replaced by our cost model
 * (src/graphql/cost.ts), which reads `limit`/`first`/`offset` from variables and defaults too.
 */
export function armor(production: boolean): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 50 },
    // Tokens are limited by Apollo's parseOptions (MAX_TOKENS): armor's parser hook would make it a 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
