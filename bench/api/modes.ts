import type { BenchDb } from '../bench-db.js';
import type { Question } from './questions.js';
import type { RunningApi } from './server.js';

/**
 * `graphql-http`: the server with its response cache off (every answer computed);
 * `graphql-http-cached`: the same question to a server with the cache on (a hit after the first).
 */
export const MODES = ['graphql-http', 'graphql-http-cached', 'executeOperation', 'cypher'] as const;
export type Mode = (typeof MODES)[number];

export interface Apis {
  readonly computed: RunningApi;
  readonly cached?: RunningApi;
}

/** Asks one question one way; returns the answer's data (errors throw). */
export async function ask(apis: Apis, db: BenchDb, mode: Mode, q: Question): Promise<unknown> {
  const api = mode === 'graphql-http-cached' ? (apis.cached ?? apis.computed) : apis.computed;
  if (mode === 'graphql-http' || mode === 'graphql-http-cached') {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.graphql, variables: q.variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${q.name} (HTTP): ${body.errors[0]!.message}`);
    return body.data;
  }
  if (mode === 'executeOperation') {
    const result = await api.apollo.executeOperation(
      { query: q.graphql, variables: q.variables },
      { contextValue: await api.context() },
    );
    if (result.body.kind !== 'single') throw new Error(`${q.name}: incremental answer`);
    const { data, errors } = result.body.singleResult;
    if (errors?.length) throw new Error(`${q.name} (executeOperation): ${errors[0]!.message}`);
    return data;
  }
  const { records } = await db.driver.executeQuery(q.cypher, q.params, {
    database: db.connection.database,
    routing: 'READ',
  });
  return records.map((r) => r.toObject());
}
