import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { startGraphQL, type GraphQLHarness } from './graphql-harness.js';
import { ARTICLE, EVENT } from '../../harness/curated.js';

// `sources` on every entity: documents it is MENTIONED_IN + documents cited in its relationships.
let api: GraphQLHarness;

beforeAll(async () => {
  api = await startGraphQL();
  await loadFoundingGraph(api.driver, api.database);
});
afterAll(async () => api?.stop());

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.run<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('sources on every entity', () => {
  it.each([
    ['people', 'person:henna-virkkunen'],
    ['organisations', 'org:dg-connect'],
    ['initiatives', 'initiative:ai-continent-action-plan'],
    ['projects', 'project:vbt'],
    ['events', EVENT],
    ['documents', 'doc:vht-roadmap'],
    ['statements', 'statement:2025-10-21-sioli-vht'],
    ['topics', 'topic:multimorbidity'],
  ])('%s → the founding article among its sources', async (field, id) => {
    const result = await data<Record<string, { sources: { id: string; kind: string }[] }[]>>(
      `query ($id: ID!) { ${field}(where: { id: { eq: $id } }) { sources { id kind } } }`,
      { id },
    );
    expect(result[field]![0]!.sources).toContainEqual({ id: ARTICLE, kind: 'ARTICLE' });
  });
});

describe('sources with several documents', () => {
  it('adds documents cited only in relationship sources', async () => {
    await api.driver.executeQuery(
      `CREATE (:Document:Entity {id: 'doc:test-second-source', name: 'Second source', title: 'Second source',
         kind: 'REPORT', published: date('2026-01-01'), aliases: []})
       WITH 1 AS x
       MATCH (:Person {id: 'person:lucilla-sioli'})-[r:HOLDS_ROLE]->()
       SET r.sources = r.sources + 'doc:test-second-source'`,
      {},
      { database: api.database },
    );
    const { people } = await data<{ people: { sources: { id: string }[] }[] }>(
      '{ people(where: { id: { eq: "person:lucilla-sioli" } }) { sources { id } } }',
    );
    expect(people[0]!.sources.map((d) => d.id)).toEqual(['doc:test-second-source', ARTICLE]);
  });
});
