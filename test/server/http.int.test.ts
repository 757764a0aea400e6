import { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { startTestServer, type TestServer } from './http-harness.js';

// The HTTP surface against a running server on a free port: /graphql, GraphiQL, /health, CSRF, routers.
let api: TestServer;

beforeAll(async () => {
  const dashboard = Router().get(
    '/',
    (_req, res) => void res.type('html').send('<h1>dashboard</h1>'),
  );
  api = await startTestServer({ routers: [dashboard] });
  await loadFoundingGraph(api.driver, api.database);
});
afterAll(async () => api?.stop());

describe('/graphql', () => {
  it('answers the contract queries over HTTP', async () => {
    const response = await api.graphql(
      `query ($id: ID!) {
        search(text: "Virkunnen", limit: 3) { id name }
        events(where: { id: { eq: $id } }) { speakers { name } }
        connections(from: "org:dg-connect", to: "org:ebrains") { nodes { id } }
      }`,
      { id: 'event:2025-10-21-vht-high-level-event' },
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data as {
      search: { id: string }[];
      events: { speakers: unknown[] }[];
      connections: { nodes: { id: string }[] };
    };
    expect(data.search[0]?.id).toBe('person:henna-virkkunen');
    expect(data.events[0]?.speakers).toHaveLength(9);
    expect(data.connections.nodes.map((n) => n.id)).toContain('org:ebrains');
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const url = `${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const blocked = await fetch(url);
    expect(blocked.status).toBe(400);
    const body = (await blocked.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    const textPlain = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(textPlain.status).toBe(400);
  });

  it('reports malformed queries with a public code', async () => {
    const response = await api.graphql('{ people { nope } }');
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_INVALID');
  });
});

describe('GraphiQL, offline', () => {
  it('is served at GET /graphql to browsers, with scripts from the npm packages only', async () => {
    const page = await fetch(`${api.url}/graphql`, {
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    // GraphiQL's CSS and scripts, React, and the page's own script and style (no inline code: CSP).
    expect(refs).toHaveLength(6);
    expect(refs.every((ref) => ref.startsWith('/graphiql-assets/'))).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    for (const ref of refs) {
      const asset = await fetch(`${api.url}${ref}`);
      expect(asset.status, ref).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, ref).toBeGreaterThan(
        ref.includes('/page.') ? 20 : 1000,
      );
    }
  });
});

describe('/health and other routes', () => {
  it('/health is 200 with Neo4j up', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
  });

  it('mounts extra routers (the dashboard at /) and answers 404 with a code elsewhere', async () => {
    const root = await fetch(`${api.url}/`);
    expect(await root.text()).toBe('<h1>dashboard</h1>');
    const missing = await fetch(`${api.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
