import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearGraph, openTestDriver } from '../../harness/database.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { startServeProcess, type ServeProcess } from '../../harness/serve-process.js';
import type { Neo4jConnection } from '../../src/neo4j/connection.js';
import { GenerationReader, readGeneration } from '../../src/neo4j/generation.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { bearer, signToken, TEST_JWT_SECRET } from '../graphql/tokens.js';

// Issue 21: read answers are cached by the graph's generation; every committed write advances it,
// so the very next read sees the write — in the server that wrote, in another server process on
// the same database, and after a seed load from a third process.
let driver: Driver;
let connection: Neo4jConnection;
let a: ServeProcess;
let b: ServeProcess;

const TOPIC = '{ topics(where: { id: { eq: "topic:cache-probe" } }) { id name } }';

async function ask(server: ServeProcess, query: string, token?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: bearer(token) } : {}),
    },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { cache: response.headers.get('x-graph-cache'), body };
}

const names = (r: Awaited<ReturnType<typeof ask>>) =>
  (r.body.data?.topics as { name: string }[] | undefined)?.map((t) => t.name);

function seedFile(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-cache-'));
  const file = join(dir, 'probe.yaml');
  writeFileSync(
    file,
    `source:\n  id: doc:cache-probe\n  name: Cache probe\n  kind: REPORT\n  url: https://example.org/cache-probe\n  published: "2026-01-01"\n  sha256: ${'ab'.repeat(32)}\nentities:\n  - id: topic:cache-probe\n    name: ${name}\n`,
  );
  return file;
}

beforeAll(async () => {
  ({ driver, connection } = openTestDriver());
  await clearGraph(driver, connection.database);
  await loadFoundingGraph(driver, connection.database);
  const env = { JWT_SECRET: TEST_JWT_SECRET };
  [a, b] = await Promise.all([
    startServeProcess({ connection }, env),
    startServeProcess({ connection }, env),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await driver?.close();
});

describe('response cache keyed by the graph generation', () => {
  it('a repeated question is answered from the cache, the same answer', async () => {
    const first = await ask(b, TOPIC);
    const second = await ask(b, TOPIC);
    expect(first.cache).toBe('miss');
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first.body);
  });

  it('a seed load from another process is seen by the very next read', async () => {
    await ask(b, TOPIC); // cached: no such topic yet
    const report = await loadSeeds(driver, connection.database, [seedFile('Cache Probe One')]);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.written).toBe(true);
    const after = await ask(b, TOPIC);
    expect(after.cache).toBe('miss');
    expect(names(after)).toEqual(['Cache Probe One']);
    expect((await ask(b, TOPIC)).cache).toBe('hit');
  });

  it("a mutation through one server is seen by the other server's very next read", async () => {
    expect(names(await ask(b, TOPIC))).toEqual(['Cache Probe One']);
    const token = await signToken({ roles: ['editor'] });
    const rename = await ask(
      a,
      'mutation { updateTopics(where: { id: { eq: "topic:cache-probe" } }, update: { name: { set: "Cache Probe Two" } }) { topics { id } } }',
      token,
    );
    expect(rename.body.errors).toBeUndefined();
    expect(names(await ask(b, TOPIC))).toEqual(['Cache Probe Two']);
    expect(names(await ask(a, TOPIC))).toEqual(['Cache Probe Two']);
  });

  it('a signed-in caller is never served from the cache', async () => {
    const token = await signToken({ roles: ['editor'] });
    await ask(b, TOPIC);
    const signedIn = await ask(b, TOPIC, token);
    expect(signedIn.cache).toBeNull();
    expect(names(signedIn)).toEqual(['Cache Probe Two']);
  });

  it('answers with errors are not kept', async () => {
    const unknown = '{ egoNetwork(id: "person:no-such-person") { nodes { id } } }';
    const first = await ask(b, unknown);
    expect(first.body.errors?.length).toBeGreaterThan(0);
    expect((await ask(b, unknown)).cache).toBe('miss');
  });
});

describe('the front door: a hit is answered before GraphQL runs', () => {
  const post = (server: ServeProcess, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const QUERY = 'query Probe($id: ID!) { topics(where: { id: { eq: $id } }) { id name } }';

  it('answers with the same text, type and security headers as Apollo did', async () => {
    const body = { query: QUERY, variables: { id: 'topic:cache-probe' } };
    const miss = await post(b, body);
    const hit = await post(b, body);
    expect([miss.headers.get('x-graph-cache'), hit.headers.get('x-graph-cache')]).toEqual([
      'miss',
      'hit',
    ]);
    expect(await hit.text()).toBe(await miss.text());
    for (const name of [
      'content-type',
      'cache-control',
      'x-content-type-options',
      'content-security-policy',
    ])
      expect(hit.headers.get(name), name).toBe(miss.headers.get(name));
    expect(hit.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(hit.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("negotiates the type as Apollo does, and keys by the variables' values", async () => {
    const body = { query: QUERY, variables: { id: 'topic:cache-probe' } };
    await post(b, body);
    const typed = await post(b, body, { accept: 'application/graphql-response+json' });
    expect(typed.headers.get('x-graph-cache')).toBe('hit');
    expect(typed.headers.get('content-type')).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
    const other = await post(b, { query: QUERY, variables: { id: 'topic:no-such-topic' } });
    expect(other.headers.get('x-graph-cache')).toBe('miss');
    expect(((await other.json()) as { data: { topics: unknown[] } }).data.topics).toEqual([]);
  });

  it('leaves signed-in callers, GET requests and extensions to Apollo', async () => {
    const body = { query: TOPIC };
    await post(b, body);
    expect((await post(b, body)).headers.get('x-graph-cache')).toBe('hit');
    const token = await signToken({ roles: ['editor'] });
    const signedIn = await post(b, body, { authorization: bearer(token) });
    expect(signedIn.headers.get('x-graph-cache')).toBeNull();
    const withExtensions = await post(b, { ...body, extensions: { client: 'probe' } });
    expect(withExtensions.status).toBe(200);
    // GET goes through Apollo's CSRF check, then the cache.
    const url = `${b.url}/graphql?query=${encodeURIComponent(TOPIC)}`;
    const blocked = await fetch(url);
    expect(blocked.status).toBe(400);
    const get = () => fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    await get();
    expect((await get()).headers.get('x-graph-cache')).toBe('hit');
  });

  it('a request it cannot key (variables nested too deep to serialise) goes to Apollo', async () => {
    // Written as text: JSON.stringify itself cannot serialise it (that is the point).
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const response = await fetch(`${b.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query": ${JSON.stringify(TOPIC)}, "variables": {"unused": ${deep}}}`,
    });
    expect(response.status).not.toBe(500);
    expect(response.headers.get('x-graph-cache')).toBeNull();
  });

  it('sends a malformed body to the same error as before', async () => {
    const response = await fetch(`${b.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
  });
});

describe('reading the generation', () => {
  it('concurrent readers share reads, and a reader never gets a token read before it asked', async () => {
    const reader = new GenerationReader(readGeneration(driver, connection.database));
    const before = await reader.current();
    const tokens = await Promise.all(Array.from({ length: 20 }, () => reader.current()));
    expect(new Set(tokens)).toEqual(new Set([before]));
    expect(reader.reads).toBe(2); // 1 before, then one for the 20 that asked in the same turn
    // A write committed while a read is in flight: whoever asks after the commit gets the new token.
    const inFlight = reader.current();
    await loadSeeds(driver, connection.database, [seedFile('Cache Probe Three')]);
    const after = await reader.current();
    await inFlight;
    expect(after).not.toBe(before);
  });
});
