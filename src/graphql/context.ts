import { randomUUID } from 'node:crypto';
import type { Neo4jGraphQLContext } from '@neo4j/graphql';
import type { NoticeBoard } from './list-notices.js';
import type { HintBoard } from './name-hints.js';
import type { TokenVerifier, VerifiedCaller } from './token-verifier.js';
import type { WriteSession } from './write-session.js';

/** What every GraphQL operation sees. `token` is decoded again by @neo4j/graphql's authorization. */
export interface RequestContext extends Neo4jGraphQLContext, NoticeBoard, HintBoard {
  /** The verified caller when a valid JWT was sent; undefined for anonymous reads. */
  readonly caller: VerifiedCaller | undefined;
  /** Id of the request (x-request-id), written to the log and to audit records. */
  readonly requestId: string;
  /** Epoch ms by which every Cypher statement of the request must have finished. */
  readonly deadline: number;
  /** The one transaction of a mutation operation (src/graphql/write-transaction.ts). */
  write?: WriteSession;
  /**
   * The response cache's key for this request when the HTTP front (src/server/cached-answers.ts)
   * looked it up and found no answer: the answer is kept under it, with no second look-up.
   */
  readonly answerKey?: string;
}

export interface ContextOptions {
  readonly database: string;
  /** Time budget of the whole request (all its Cypher transactions), in milliseconds. */
  readonly queryTimeoutMs: number;
  readonly verifier: TokenVerifier;
}

/**
 * Builds the context from the Authorization header. No header → anonymous (reads are public). A header
 * with an invalid JWT (bad signature, expired, malformed) is rejected here with UNAUTHENTICATED and
 * the reason, so a client never mistakes a broken token for an anonymous session.
 *
 * The time budget: each transaction @neo4j/graphql opens gets the time left until `deadline` as its
 * Neo4j timeout (read when the transaction starts), so root fields together stay within the budget.
 */
export async function buildContext(
  options: ContextOptions,
  authorization: string | undefined,
  requestId: string = randomUUID(),
): Promise<RequestContext> {
  const deadline = Date.now() + options.queryTimeoutMs;
  const token = bearerToken(authorization);
  const caller = token === undefined ? undefined : await options.verifier(token);
  return {
    caller,
    requestId,
    deadline,
    ...(token === undefined ? {} : { token }),
    sessionConfig: { database: options.database },
    transaction: {
      get timeout() {
        return timeLeft(deadline);
      },
      metadata: { app: 'policy-graph', requestId },
    },
  };
}

/** Milliseconds left until `deadline`, at least 1 (Neo4j then stops the statement at once). */
export function timeLeft(deadline: number): number {
  return Math.max(1, Math.ceil(deadline - Date.now()));
}

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1] ?? header.trim();
}
