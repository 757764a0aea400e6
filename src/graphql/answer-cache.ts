import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { GenerationReader } from '../neo4j/generation.js';

/** What a read answer is keyed by, besides the graph's generation. */
export interface AnswerRequest {
  readonly query: string | undefined;
  readonly operationName?: string | null | undefined;
  readonly variables?: Readonly<Record<string, unknown>> | null | undefined;
}

/** A look-up: the key to keep the answer under, and the answer's JSON text when there is one. */
export interface AnswerLookup {
  readonly key: string;
  readonly text: string | undefined;
}

export interface AnswerCacheStats {
  hits: number;
  misses: number;
}

export interface AnswerCacheOptions {
  readonly generation: Pick<GenerationReader, 'current'>;
  /** Total size of the cached answers (their JSON text). */
  readonly maxBytes: number;
}

/**
 * Read answers as JSON text, keyed by document, operation name, variables and the graph's
 * generation (src/neo4j/generation.ts). Every committed write advances the generation, so a read
 * after a write gets a new key and is answered afresh, in this process or any other on the same
 * database. Two doors use it: the HTTP front (src/server/cached-answers.ts), which answers a hit
 * before GraphQL runs at all, and the Apollo plugin (./response-cache.ts), which keeps answers.
 */
export class AnswerCache {
  readonly stats: AnswerCacheStats = { hits: 0, misses: 0 };
  readonly #cache: LRUCache<string, string>;

  constructor(private readonly options: AnswerCacheOptions) {
    this.#cache = new LRUCache<string, string>({
      maxSize: Math.max(1, options.maxBytes),
      sizeCalculation: (text) => Math.max(1, text.length),
    });
  }

  /**
   * The generation is read after this call (a write committed before the request is seen).
   * Undefined when the database does not answer: no cache, execution reports the error.
   */
  async lookup(request: AnswerRequest): Promise<AnswerLookup | undefined> {
    const generation = await this.options.generation.current().catch(() => undefined);
    if (generation === undefined) return undefined;
    const document = documentKey(request);
    if (document === undefined) return undefined;
    const key = `${generation}\0${document}`;
    const text = this.#cache.get(key);
    if (text === undefined) this.stats.misses++;
    else this.stats.hits++;
    return { key, text };
  }

  /** Keeps an answer (its JSON text, without the final newline) unless it is too large. */
  store(key: string, text: string): void {
    if (text.length <= this.options.maxBytes / 8) this.#cache.set(key, text);
  }
}

/** Undefined when the request cannot be keyed (variables nested too deep to serialise). */
function documentKey(request: AnswerRequest): string | undefined {
  let text: string;
  try {
    text = JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}]);
  } catch {
    return undefined;
  }
  return createHash('sha256').update(text).digest('base64url');
}
