import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { AnswerCache } from './answer-cache.js';
import type { RequestContext } from './context.js';
import { rawResult, stringifyResult } from './raw-result.js';

export const CACHE_HEADER = 'x-graph-cache';

type Ctx = GraphQLRequestContext<RequestContext>;

/**
 * Keeps the answers of read operations in `cache` (./answer-cache.ts) and answers from it. Only
 * anonymous queries over HTTP without errors are kept (a signed-in caller may see more). The answer
 * is kept as its JSON text and sent as is: a hit neither runs Cypher nor serialises. A POST the
 * HTTP front (src/server/cached-answers.ts) already looked up arrives here with its key, as a
 * miss; other requests (GET) are looked up here. `x-graph-cache` says hit or miss.
 */
export function responseCache(cache: AnswerCache): ApolloServerPlugin<RequestContext> {
  const keys = new WeakMap<object, string>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(ctx) {
          if (!cacheable(ctx)) return null;
          const given = ctx.contextValue.answerKey;
          const found = given ? { key: given, text: undefined } : await cache.lookup(request(ctx));
          if (!found) return null;
          ctx.response.http.headers.set(CACHE_HEADER, found.text === undefined ? 'miss' : 'hit');
          if (found.text === undefined) {
            keys.set(ctx.contextValue, found.key);
            return null;
          }
          return {
            body: { kind: 'single', singleResult: rawResult(found.text) },
            http: ctx.response.http,
          };
        },
        async willSendResponse(ctx) {
          const key = keys.get(ctx.contextValue);
          const body = ctx.response.body;
          if (!key || body.kind !== 'single' || body.singleResult.errors?.length) return;
          // Serialised once: kept, and sent as the same text.
          const text = stringifyResult(body.singleResult).slice(0, -1);
          cache.store(key, text);
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

function request(ctx: Ctx) {
  return {
    query: ctx.source,
    operationName: ctx.request.operationName,
    variables: ctx.request.variables,
  };
}
