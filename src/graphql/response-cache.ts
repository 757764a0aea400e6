import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import type { GenerationReader } from '../neo4j/generation.js';
import type { RequestContext } from './context.js';
import { rawResult, stringifyResult } from './raw-result.js';

export const CACHE_HEADER = 'x-graph-cache';

export interface ResponseCacheOptions {
  readonly generation: Pick<GenerationReader, 'current'>;
  /** Total size of the cached answers (their JSON text). */
  readonly maxBytes: number;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
}

type Ctx = GraphQLRequestContext<RequestContext>;

/**
 * Answers to read operations, cached by document, operation name, variables and the graph's
 * generation (src/neo4j/generation.ts): every committed write advances the generation, so a read
 * after a write is answered afresh, in this process or any other on the same database. Only
 * anonymous queries over HTTP without errors are kept (a signed-in caller may see more). The answer is kept
 * as its JSON text and sent as is: a hit neither runs Cypher nor serialises. `x-graph-cache` says
 * hit or miss.
 */
export function responseCache(
  options: ResponseCacheOptions,
  stats: ResponseCacheStats = { hits: 0, misses: 0 },
): ApolloServerPlugin<RequestContext> {
  const cache = new LRUCache<string, string>({
    maxSize: Math.max(1, options.maxBytes),
    sizeCalculation: (text) => Math.max(1, text.length),
  });
  const keys = new WeakMap<object, string>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx) {
          if (!cacheable(ctx)) return null;
          // No generation (the database does not answer): no cache; execution reports the error.
          const generation = await options.generation.current().catch(() => undefined);
          if (generation === undefined) return null;
          const key = `${generation}\0${documentKey(ctx)}`;
          const text = cache.get(key);
          ctx.response.http.headers.set(CACHE_HEADER, text === undefined ? 'miss' : 'hit');
          if (text === undefined) {
            stats.misses++;
            keys.set(ctx.contextValue, key);
            return null;
          }
          stats.hits++;
          return {
            body: { kind: 'single', singleResult: rawResult(text) },
            http: ctx.response.http,
          };
        },
        async willSendResponse(ctx) {
          const key = keys.get(ctx.contextValue);
          const body = ctx.response.body;
          if (!key || body.kind !== 'single' || body.singleResult.errors?.length) return;
          // Serialised once: kept, and sent as the same text.
          const text = stringifyResult(body.singleResult).slice(0, -1);
          if (text.length <= options.maxBytes / 8) cache.set(key, text);
          body.singleResult = rawResult(text);
        },
      };
    },
  };
}

/** Anonymous queries over HTTP (an in-process `executeOperation` wants its result as objects). */
function cacheable(ctx: Ctx): boolean {
  return (
    ctx.request.http !== undefined &&
    ctx.operation?.operation === 'query' &&
    ctx.contextValue.caller === undefined
  );
}

function documentKey(ctx: Ctx): string {
  const text = JSON.stringify([
    ctx.source,
    ctx.request.operationName ?? null,
    ctx.request.variables ?? {},
  ]);
  return createHash('sha256').update(text).digest('base64url');
}
