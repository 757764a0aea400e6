import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordChange } from '../../src/audit/record-change.js';
import { ARTICLE } from '../../harness/curated.js';
import { graphCounts, loadFoundingGraph } from '../../harness/fixture.js';
import { bearer, signToken, TEST_JWT_SECRET } from '../graphql/tokens.js';
import { startTestServer, type HttpResponse, type TestServer } from './http-harness.js';

// Issue 13 #4–#6: tokens that expire and name their holder, the audit trail of every mutation,
// mass deletes only when confirmed, atomic operations, provenance on relationship writes.
let api: TestServer;
let editor: Record<string, string>;

beforeAll(async () => {
  api = await startTestServer({ jwtSecret: TEST_JWT_SECRET, production: true, maxDeletedNodes: 5 });
  await loadFoundingGraph(api.driver, api.database);
  editor = { authorization: bearer(await signToken({ roles: ['editor'], sub: 'ed@example' })) };
});
afterAll(async () => api?.stop());

const code = (r: HttpResponse) => r.body.errors?.[0]?.extensions?.code;
const counts = () => graphCounts(api.driver, api.database);
const changeCount = async () => {
  const { records } = await api.driver.executeQuery(
    'MATCH (c:Change) RETURN count(c) AS n',
    {},
    {
      database: api.database,
    },
  );
  return Number(records[0]?.get('n'));
};
const raw = (claims: Record<string, unknown>, exp?: number | string) => {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (exp !== undefined) jwt = jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(TEST_JWT_SECRET));
};
const CREATE =
  'mutation Add { createTopics(input: [{ id: "topic:w1", name: "W1" }]) { topics { id } } }';

describe('#4 tokens must name their holder and expire', () => {
  it.each([
    ['no exp', () => raw({ roles: ['editor'], sub: 'x' }), /"exp" is missing/],
    ['no sub', () => raw({ roles: ['editor'] }, '1h'), /"sub" is missing/],
    ['24 h lifetime', () => raw({ roles: ['editor'], sub: 'x' }, '24h'), /maximum of 43200 s/],
  ])('%s → 401 UNAUTHENTICATED naming the claim, nothing written', async (_n, token, why) => {
    const before = await counts();
    const response = await api.graphql(CREATE, undefined, { authorization: bearer(await token()) });
    expect(response.status).toBe(401);
    expect(code(response)).toBe('UNAUTHENTICATED');
    expect(response.body.errors?.[0]?.message).toMatch(why);
    expect(await counts()).toEqual(before);
  });
});

describe('#4 audit trail', () => {
  it('create and update each append a record: who, when, what, which ids, request id', async () => {
    const headers = { ...editor, 'x-request-id': 'req-audit-0001' };
    expect((await api.graphql(CREATE, undefined, headers)).body.errors).toBeUndefined();
    const update = await api.graphql(
      'mutation Rename { updateTopics(where: { id: { eq: "topic:w1" } }, update: { name: { set: "W1b" } }) { topics { id } } }',
      undefined,
      editor,
    );
    expect(update.body.errors).toBeUndefined();
    const history = await api.graphql(
      '{ topics(where: { id: { eq: "topic:w1" } }) { history { actor operation name fields action entityIds requestId nodesCreated propertiesSet at } } }',
      undefined,
      editor,
    );
    const records = (history.body.data?.topics as { history: Record<string, unknown>[] }[])[0]
      ?.history;
    expect(records).toMatchObject([
      { actor: 'jwt:ed@example', name: 'Rename', fields: ['updateTopics'], action: 'updated' },
      {
        actor: 'jwt:ed@example',
        operation: 'graphql',
        name: 'Add',
        fields: ['createTopics'],
        action: 'created',
        entityIds: ['topic:w1'],
        requestId: 'req-audit-0001',
        nodesCreated: 1,
      },
    ]);
    expect(Date.parse(String(records?.[1]?.at))).toBeGreaterThan(Date.now() - 60_000);
  });

  it('changes(entityId:, since:) lists them; reading the trail needs the editor role', async () => {
    const query =
      'query ($since: DateTime) { changes(entityId: "topic:w1", since: $since) { name } }';
    const since = new Date(Date.now() - 60_000).toISOString();
    const found = await api.graphql(query, { since }, editor);
    expect(found.body.data?.changes).toEqual([{ name: 'Rename' }, { name: 'Add' }]);
    const later = await api.graphql(
      query,
      { since: new Date(Date.now() + 60_000).toISOString() },
      editor,
    );
    expect(later.body.data?.changes).toEqual([]);
    expect(code(await api.graphql(query, { since }))).toBe('UNAUTHENTICATED');
  });
});

describe('#4 mass deletes need @allowMassDelete', () => {
  const DELETE = '{ deleteTopics(where: { id: { startsWith: "topic:" } }) { nodesDeleted } }';

  it('deleting more than MAX_DELETED_NODES is refused, nothing deleted, nothing recorded', async () => {
    const [before, records] = [await counts(), await changeCount()];
    const response = await api.graphql(`mutation ${DELETE}`, undefined, editor);
    expect(code(response)).toBe('DELETE_LIMIT_EXCEEDED');
    expect(response.body.errors?.[0]?.message).toMatch(/@allowMassDelete\(upTo: \d+\)/);
    // A cascade counts too: the nested delete pushes 2 events over the limit of 5.
    const cascade = await api.graphql(
      'mutation { deleteEvents(where: { id: { startsWith: "event:" } }, delete: { statements: [{ where: { node: { id: { startsWith: "statement:" } } } }] }) { nodesDeleted } }',
      undefined,
      editor,
    );
    expect(code(cascade)).toBe('DELETE_LIMIT_EXCEEDED');
    expect(await counts()).toEqual(before);
    expect(await changeCount()).toBe(records);
  });

  it('with the confirmation it deletes, and the record names every deleted id', async () => {
    const before = await counts();
    const response = await api.graphql(
      `mutation Purge($n: Int!) @allowMassDelete(upTo: $n) ${DELETE}`,
      { n: 1000 },
      editor,
    );
    const deleted = (response.body.data?.deleteTopics as { nodesDeleted: number }).nodesDeleted;
    expect(deleted).toBeGreaterThan(5);
    expect((await counts()).nodes).toBe(before.nodes - deleted);
    const trail = await api.graphql(
      '{ changes(entityId: "topic:clinical-trials") { operation name action nodesDeleted entityCount } }',
      undefined,
      editor,
    );
    // Newest first: the deletion, then the seed load that created the topic.
    expect(trail.body.data?.changes).toEqual([
      {
        operation: 'graphql',
        name: 'Purge',
        action: 'deleted',
        nodesDeleted: deleted,
        entityCount: deleted,
      },
      expect.objectContaining({ operation: 'seed', action: 'created', nodesDeleted: 0 }),
    ]);
  });
});

describe('#5 a mutation operation is atomic', () => {
  it('when the second root field fails, the first is not written either', async () => {
    const [before, records] = [await counts(), await changeCount()];
    const response = await api.graphql(
      `mutation Two {
        a: createPeople(input: [{ id: "person:atomic-a", name: "A" }]) { people { id } }
        b: createPeople(input: [{ id: "person:henna-virkkunen", name: "Duplicate" }]) { people { id } }
      }`,
      undefined,
      editor,
    );
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.body.data).toBeNull();
    expect(await counts()).toEqual(before);
    expect(await changeCount()).toBe(records);
  });

  it('recordChange joins the caller’s transaction: a rollback leaves no record', async () => {
    const records = await changeCount();
    const session = api.driver.session({ database: api.database });
    const tx = session.beginTransaction();
    await recordChange(tx, {
      actor: 'cli:test',
      operation: 'seed',
      requestId: 'run-1',
      entities: [{ id: 'person:x', action: 'created' }],
    });
    await tx.rollback();
    await session.close();
    expect(await changeCount()).toBe(records);
  });
});

describe('#6 relationship writes cite a source document', () => {
  const connect = (edge: string) =>
    `mutation { updatePeople(where: { id: { eq: "person:saila-rinne" } }, update: { roles: [{ connect: [{ where: { node: { id: { eq: "org:ebrains" } } }, edge: ${edge} }] }] }) { people { id } } }`;

  it.each([
    ['no source', '{ sources: [] }', /must cite at least one source/],
    ['an unknown document', '{ sources: ["doc:nowhere"] }', /unknown: doc:nowhere/],
    ['a person as source', '{ sources: ["person:henna-virkkunen"] }', /Documents in the graph/],
  ])('%s → BAD_USER_INPUT naming the path, nothing written', async (_n, edge, message) => {
    const before = await counts();
    const response = await api.graphql(connect(edge), undefined, editor);
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('citing a document in the graph writes the relationship with its sources', async () => {
    const response = await api.graphql(connect(`{ sources: ["${ARTICLE}"] }`), undefined, editor);
    expect(response.body.errors).toBeUndefined();
    const { records } = await api.driver.executeQuery(
      "MATCH (:Person {id: 'person:saila-rinne'})-[r:HOLDS_ROLE]->(:Organisation {id: 'org:ebrains'}) RETURN r.sources AS s",
      {},
      { database: api.database },
    );
    expect(records[0]?.get('s')).toEqual([ARTICLE]);
  });

  it('an update may not empty or pop the sources of a relationship', async () => {
    for (const sources of ['{ set: [] }', '{ pop: 1 }']) {
      const response = await api.graphql(
        `mutation { updatePeople(where: { id: { eq: "person:saila-rinne" } }, update: { roles: [{ update: { edge: { sources: ${sources} } } }] }) { people { id } } }`,
        undefined,
        editor,
      );
      expect(code(response)).toBe('BAD_USER_INPUT');
    }
  });
});
