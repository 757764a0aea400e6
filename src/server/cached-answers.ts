import type { Request, RequestHandler } from 'express';
import Negotiator from 'negotiator';
import type { AnswerCache, AnswerRequest } from '../graphql/answer-cache.js';
import { CACHE_HEADER } from '../graphql/response-cache.js';

/** Apollo Server's media types, in its order of preference (ApolloServer.ts, MEDIA_TYPES). */
const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
const CALLBACK_TYPE = 'application/json; callbackSpec=1.0; charset=utf-8';

/**
 * The response cache's front door, before GraphQL: an anonymous JSON POST whose answer is cached
 * for the graph's current generation is answered here, without parsing, validating, costing or
 * running the document (the answer was kept after all of that had passed for the same document
 * and variables, in the same generation). Anything else goes on to Apollo, a miss with the key the
 * answer will be kept under. GET requests go to Apollo, which checks them for CSRF first.
 */
export function cachedAnswers(cache: AnswerCache): RequestHandler {
  return (req, res, next) => {
    const request = answerRequest(req);
    const type = request && responseType(req.headers.accept);
    if (!request || !type) {
      next();
      return;
    }
    // A look-up that fails for any reason leaves the request to Apollo, uncached.
    return cache.lookup(request).then(
      (found) => {
        if (found?.text === undefined) {
          if (found) res.locals.answerKey = found.key;
          next();
          return;
        }
        res.statusCode = 200;
        res.setHeader('content-type', type);
        res.setHeader('cache-control', 'no-store'); // as Apollo answers
        res.setHeader(CACHE_HEADER, 'hit');
        res.end(`${found.text}\n`);
      },
      () => next(),
    );
  };
}

/** The document of an anonymous POST with a JSON body (what Apollo would read), if any. */
function answerRequest(req: Request): AnswerRequest | undefined {
  if (req.method !== 'POST' || req.headers.authorization !== undefined) return undefined;
  const body: unknown = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { query, operationName, variables, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string' || extensions !== undefined) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return undefined;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
  return { query, operationName, variables };
}

/** The type Apollo would answer with, or undefined where the front leaves it to Apollo. */
function responseType(accept: string | undefined): string | undefined {
  if (!accept) return JSON_TYPE;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([
    JSON_TYPE,
    GRAPHQL_RESPONSE_TYPE,
    CALLBACK_TYPE,
  ]);
  return preferred === JSON_TYPE || preferred === GRAPHQL_RESPONSE_TYPE ? preferred : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
