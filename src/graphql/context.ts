import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import type { TokenVerifier, VerifiedCaller } from './token-verifier.js';

/** What every GraphQL operation sees. `token` is decoded again by @neo4j/graphql's authorization. */
export interface RequestContext extends Neo4jGraphQLContext {
  /** The verified caller when a valid JWT was sent; undefined for anonymous reads. */
  readonly caller: VerifiedCaller | undefined;
}

export interface ContextOptions {
  readonly database: string;
  /** Transaction timeout for every Cypher statement of the request, in milliseconds. */
  readonly queryTimeoutMs: number;
  readonly verifier: TokenVerifier;
}

/**
 * Builds the context from the Authorization header. No header → anonymous (reads are public). A header
 * with an invalid JWT (bad signature, expired, malformed) is rejected here with UNAUTHENTICATED and
 * the reason, so a client never mistakes a broken token for an anonymous session.
 */
export async function buildContext(
  options: ContextOptions,
  authorization: string | undefined,
): Promise<RequestContext> {
  const token = bearerToken(authorization);
  const caller = token === undefined ? undefined : await options.verifier(token);
  return {
    caller,
    ...(token === undefined ? {} : { token }),
    sessionConfig: { database: options.database },
    transaction: { timeout: options.queryTimeoutMs, metadata: { app: 'policy-graph' } },
  };
}

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1] ?? header.trim();
}
