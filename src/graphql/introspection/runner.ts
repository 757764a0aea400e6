import { Worker } from 'node:worker_threads';
import type { GraphQLSchema } from 'graphql';
import { graphql } from '../graphql-cjs.js';

export interface IntrospectionJob {
  readonly id: number;
  readonly query: string;
  readonly variables: Record<string, unknown> | undefined;
  readonly operationName: string | undefined;
}

export type IntrospectionReply =
  { readonly id: number; readonly json: string } | { readonly id: number; readonly error: string };

/** Longest wait for the worker; a full introspection takes ~100 ms. */
const JOB_TIMEOUT_MS = 10_000;
/** Answers kept (as JSON text) on the main thread: GraphiQL asks the same on every page load. */
const CACHE_SIZE = 8;

/**
 * Introspection in a worker thread (./worker.ts): the main thread only forwards the query and
 * passes the JSON answer on. The worker starts on first use and is stopped by `close`.
 */
export class IntrospectionRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (json: string) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }
  >();
  private readonly introspection: unknown;
  private readonly cache = new Map<string, Promise<string>>();

  constructor(schema: GraphQLSchema) {
    this.introspection = graphql.introspectionFromSchema(schema);
  }

  /**
   * The result of one introspection operation as JSON text ({data, errors}). The same question
   * (query, operation name, variables) is answered from the cache.
   */
  run(job: Omit<IntrospectionJob, 'id'>): Promise<string> {
    const key = JSON.stringify([job.query, job.operationName ?? null, job.variables ?? null]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const answer = this.ask(job);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, answer);
    answer.catch(() => this.cache.delete(key));
    return answer;
  }

  private ask(job: Omit<IntrospectionJob, 'id'>): Promise<string> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('introspection took too long'));
        void this.close();
      }, JOB_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, job] of this.pending) {
      clearTimeout(job.timer);
      job.reject(new Error('introspection stopped'));
      this.pending.delete(id);
    }
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // The worker is TypeScript like the rest: load it through tsx's loader, as bin/policy-graph.js does.
    const api = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    const worker = new Worker(boot, {
      eval: true,
      workerData: { introspection: this.introspection },
    });
    worker.unref();
    worker.on('message', (reply: IntrospectionReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      clearTimeout(job.timer);
      this.pending.delete(reply.id);
      if ('json' in reply) job.resolve(reply.json);
      else job.reject(new Error(reply.error));
    });
    worker.on('error', (error) => {
      for (const job of this.pending.values()) {
        clearTimeout(job.timer);
        job.reject(error);
      }
      this.pending.clear();
      this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }
}
