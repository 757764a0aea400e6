import type * as GraphQL from 'graphql';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/build-schema.js';
import { graphCounts, loadFoundingGraph } from '../../harness/fixture.js';
import { startGraphQL, type GraphQLHarness } from './graphql-harness.js';
import { bearer, signToken, TEST_JWT_SECRET } from './tokens.js';

// Reads are public; every mutation needs a JWT with the role "editor" (executeOperation, no HTTP).
const CREATE = `mutation { createPeople(input: [{ id: "person:test-editor-created", name: "Test Person" }]) {
  people { id name } } }`;
const UPDATE = `mutation { updatePeople(where: { id: { eq: "person:sandra-gallina" } },
  update: { name: { set: "Changed" } }) { people { name } } }`;
const DELETE = `mutation { deletePeople(where: { id: { eq: "person:henna-virkkunen" } }) { nodesDeleted } }`;

let api: GraphQLHarness;
let noKey: GraphQLHarness;

beforeAll(async () => {
  api = await startGraphQL({ jwtSecret: TEST_JWT_SECRET });
  noKey = await startGraphQL();
  await loadFoundingGraph(api.driver, api.database);
});
afterAll(async () => {
  await api?.stop();
  await noKey?.stop();
});

const counts = () => graphCounts(api.driver, api.database);

describe('without JWT_SECRET', () => {
  it('reads work and every mutation is refused with MUTATIONS_DISABLED, nothing written', async () => {
    const before = await counts();
    expect((await noKey.run('{ people(limit: 1) { id } }')).errors).toBeUndefined();
    for (const mutation of [CREATE, UPDATE, DELETE]) {
      const result = await noKey.run(
        mutation,
        undefined,
        bearer(await signToken({ roles: ['editor'] })),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('MUTATIONS_DISABLED');
      expect(result.errors?.[0]?.message).toMatch(/JWT_SECRET/);
    }
    expect(await counts()).toEqual(before);
  });
});

describe('with JWT_SECRET', () => {
  it('reads need no token', async () => {
    const result = await api.run(
      '{ people(where: { id: { eq: "person:saila-rinne" } }) { name } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ people: [{ name: 'Saila Rinne' }] });
  });

  it.each([
    ['create', CREATE],
    ['update', UPDATE],
    ['delete', DELETE],
  ])('%s without a token → UNAUTHENTICATED, nothing written', async (_name, mutation) => {
    const before = await counts();
    const result = await api.run(mutation);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    expect(await counts()).toEqual(before);
  });

  it('a valid token without the editor role → FORBIDDEN, nothing written', async () => {
    const before = await counts();
    const result = await api.run(CREATE, undefined, bearer(await signToken({ roles: ['viewer'] })));
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/editor/);
    expect(await counts()).toEqual(before);
  });

  it('wrong signature and expired tokens are rejected with the reason', async () => {
    const before = await counts();
    const forged = await signToken(
      { roles: ['editor'] },
      { secret: 'another-secret-of-sufficient-length' },
    );
    await expect(api.run(CREATE, undefined, bearer(forged))).rejects.toThrow(/signature/);
    const expired = await signToken(
      { roles: ['editor'] },
      { expiresAt: Math.floor(Date.now() / 1000) - 60 },
    );
    await expect(api.run(CREATE, undefined, bearer(expired))).rejects.toThrow(/expired/);
    expect(await counts()).toEqual(before);
  });

  it('@authentication in the schema refuses too when the Apollo write guard is bypassed', async () => {
    const before = await counts();
    const { execute, parse } = createRequire(import.meta.url)('graphql') as typeof GraphQL;
    const schema = await buildSchema({
      driver: api.driver,
      jwtSecret: TEST_JWT_SECRET,
      jwksUrl: undefined,
    });
    const run = async (token?: string) =>
      execute({
        schema,
        document: parse(CREATE),
        contextValue: { sessionConfig: { database: api.database }, ...(token ? { token } : {}) },
      });
    expect((await run()).errors?.[0]?.message).toBe('Unauthenticated');
    expect((await run(await signToken({ roles: ['viewer'] }))).errors?.[0]?.message).toBe(
      'Unauthenticated',
    );
    expect(await counts()).toEqual(before);
  });

  it('an editor can create, and the write goes through @neo4j/graphql', async () => {
    const before = await counts();
    const token = bearer(await signToken({ roles: ['editor'] }));
    const result = await api.run(CREATE, undefined, token);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      createPeople: { people: [{ id: 'person:test-editor-created', name: 'Test Person' }] },
    });
    expect((await counts()).nodes).toBe(before.nodes + 1);
    const again = await api.run(CREATE, undefined, token);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await counts()).nodes).toBe(before.nodes + 1);
  });
});
