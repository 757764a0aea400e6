import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts, loadFoundingGraph } from '../../harness/fixture.js';
import { bearer, signToken, TEST_JWT_SECRET } from '../graphql/tokens.js';
import { startTestServer, type TestServer } from './http-harness.js';

// Hostile requests against the running server: each is refused (or answered harmlessly) and the
// graph is unchanged afterwards (checked with Cypher counts).
let api: TestServer;
let baseline: { nodes: number; relationships: number };

beforeAll(async () => {
  api = await startTestServer({ jwtSecret: TEST_JWT_SECRET, production: true });
  await loadFoundingGraph(api.driver, api.database);
  // 600 test topics to see the list limits bite (default 50, max 500).
  await api.driver.executeQuery(
    "UNWIND range(1, 600) AS i CREATE (:Topic:Entity {id: 'topic:test-' + i, name: 'test topic ' + i, aliases: []})",
    {},
    { database: api.database },
  );
  await api.refreshShape();
  baseline = await graphCounts(api.driver, api.database);
});
afterAll(async () => api?.stop());

const unchanged = async () => expect(await graphCounts(api.driver, api.database)).toEqual(baseline);
const code = (r: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
  r.body.errors?.[0]?.extensions?.code;

describe('query shape limits', () => {
  it('a depth-20 query is refused before execution', async () => {
    let selection = 'id';
    for (let i = 0; i < 20; i++) selection = `partOf { ${selection} }`;
    const response = await api.graphql(`{ organisations { ${selection} } }`);
    expect(response.status).toBe(400);
    expect(code(response)).toBe('QUERY_TOO_COMPLEX');
    // Depth (10) and cost (5000) both refuse it; whichever check runs first names its limit.
    expect(response.body.errors?.[0]?.message).toMatch(/(depth|cost) limit of \d+ exceeded/i);
  });

  it('1000 aliases are refused (token limit), and 20 aliases too (alias limit)', async () => {
    const many = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: people(limit: 1) { id }`).join(' ')} }`;
    const thousand = await api.graphql(many(1000));
    expect(thousand.status).toBe(400);
    expect(code(thousand)).toBe('QUERY_TOO_COMPLEX');
    const twenty = await api.graphql(many(20));
    expect(code(twenty)).toBe('QUERY_TOO_COMPLEX');
    expect(twenty.body.errors?.[0]?.message).toMatch(/aliases limit of 15/i);
  });

  it('too many directives are refused', async () => {
    const directives = Array.from({ length: 60 }, () => '@include(if: true)').join(' ');
    const response = await api.graphql(`{ people(limit: 1) { id ${directives} } }`);
    expect(code(response)).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('list limits', () => {
  it('lists default to 50 and a huge limit is capped at 500', async () => {
    const all = await api.graphql('{ topics { id } }');
    expect((all.body.data?.topics as unknown[]).length).toBe(50);
    const huge = await api.graphql('{ topics(limit: 1000000) { id } }');
    expect((huge.body.data?.topics as unknown[]).length).toBe(500);
  });

  it.each([
    ['search', '{ search(text: "x", limit: 1000000) { id } }'],
    ['egoNetwork', '{ egoNetwork(id: "initiative:vht", depth: 20) { nodes { id } } }'],
    [
      'connections',
      '{ connections(from: "org:dg-connect", to: "org:ebrains", maxHops: 50) { nodes { id } } }',
    ],
    ['central', '{ central(limit: 100000) { id } }'],
  ])('%s out of bounds → BAD_USER_INPUT naming the range', async (_name, query) => {
    const response = await api.graphql(query);
    expect(code(response)).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toMatch(/must be between \d+ and \d+/);
  });
});

describe('search text is data, never syntax', () => {
  const search = (text: string) =>
    api.graphql('query ($text: String!) { search(text: $text, limit: 100) { id label } }', {
      text,
    });

  it.each([
    '*:*',
    'name:/.*/',
    'Virkunnen~ AND NOT x',
    '"unterminated',
    '((((',
    '\\',
    'a && b || !c',
    'Henna^100 {1 TO 5} [a TO z]',
    "'}) MATCH (n) DETACH DELETE n //",
    '") CALL db.index.fulltext.drop("entity_names") //',
    '$text RETURN 1 UNION MATCH (n) DETACH DELETE n',
  ])('%j → no error, nothing written', async (text) => {
    const response = await search(text);
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(Array.isArray(response.body.data?.search)).toBe(true);
    await unchanged();
  });

  it('"*:*" matches literally, not everything', async () => {
    // Real words do find entities (the 600 test topics fill the limit of 100), so an empty answer
    // below is the escaping at work, not a search that finds nothing at all.
    const words = await search('test topic');
    expect(words.body.data?.search).toHaveLength(100);
    // As Lucene syntax "*:*" would match every entity; as text it holds no word, so it finds none.
    const response = await search('*:*');
    expect(response.status).toBe(200);
    expect(response.body.data?.search).toEqual([]);
  });

  it('Cypher in ids of network queries only finds nothing', async () => {
    const response = await api.graphql(
      'query ($id: ID!) { egoNetwork(id: $id) { nodes { id } } commonConnections(a: $id, b: $id) { id } }',
      { id: "x'}) MATCH (n) DETACH DELETE n //" },
    );
    expect(code(response)).toBe('NOT_FOUND');
    expect(response.body.errors?.[0]?.message).toContain('no entity has the id');
    await unchanged();
  });
});

describe('mutations over HTTP', () => {
  const CREATE =
    'mutation { createPeople(input: [{ id: "person:intruder", name: "Intruder" }]) { people { id } } }';

  it('without a JWT → 401 UNAUTHENTICATED, nothing written', async () => {
    const response = await api.graphql(CREATE);
    expect(response.status).toBe(401);
    expect(code(response)).toBe('UNAUTHENTICATED');
    expect(response.body.errors?.[0]?.message).toMatch(/need a JWT/);
    await unchanged();
  });

  it('with a wrong signature → 401 naming the signature, nothing written', async () => {
    const forged = await signToken(
      { roles: ['editor'] },
      { secret: 'not-the-server-secret-0123456789' },
    );
    const response = await api.graphql(CREATE, undefined, { authorization: bearer(forged) });
    expect(response.status).toBe(401);
    expect(code(response)).toBe('UNAUTHENTICATED');
    expect(response.body.errors?.[0]?.message).toBe(
      'The JWT was rejected: its signature does not match the server key.',
    );
    await unchanged();
  });

  it('with an expired JWT → 401 saying so, nothing written', async () => {
    const expired = await signToken(
      { roles: ['editor'] },
      { expiresAt: Math.floor(Date.now() / 1000) - 3600 },
    );
    const response = await api.graphql(CREATE, undefined, { authorization: bearer(expired) });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.message).toMatch(/expired/);
    await unchanged();
  });

  it('with a garbage token or an alg=none token → 401, nothing written', async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"roles":["editor"]}').toString('base64url')}.`;
    for (const token of ['garbage', none]) {
      const response = await api.graphql(CREATE, undefined, { authorization: bearer(token) });
      expect(response.status).toBe(401);
      expect(code(response)).toBe('UNAUTHENTICATED');
    }
    await unchanged();
  });

  it('with a valid JWT lacking the editor role → 403 FORBIDDEN, nothing written', async () => {
    const viewer = await signToken({ roles: ['viewer'] });
    const response = await api.graphql(CREATE, undefined, { authorization: bearer(viewer) });
    expect(response.status).toBe(403);
    expect(code(response)).toBe('FORBIDDEN');
    await unchanged();
  });
});
