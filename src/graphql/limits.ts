import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Largest document the parser reads (graphql-js `maxTokens`); 1000 aliases are far beyond it. */
export const MAX_TOKENS = 3000;

/** Every Cypher transaction of a request is stopped by Neo4j after this long. */
export const QUERY_TIMEOUT_MS = 10_000;

/**
 * Request-shape limits (graphql-armor), checked before anything executes: depth 10, 15 aliases,
 * 50 directives, cost 5000 (and MAX_TOKENS in the parser). Introspection (GraphiQL) is exempt from depth and cost.
 * Lists are bounded separately by @limit on every type (default 50, max 500) and by the clamps of
 * the custom queries (search/central ≤ 100, egoNetwork depth ≤ 3, connections maxHops ≤ 6).
 */
export function armor(production: boolean): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 50 },
    // Tokens are limited by Apollo's parseOptions (MAX_TOKENS): armor's parser hook would make it a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
