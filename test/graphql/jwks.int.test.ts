import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts, loadFoundingGraph } from '../../harness/fixture.js';
import { startGraphQL, type GraphQLHarness } from './graphql-harness.js';

// JWKS instead of a shared secret (config.jwksUrl): keys served by a local HTTP endpoint.
let api: GraphQLHarness;
let jwksServer: Server;
let privateKey: CryptoKey;

const sign = (roles: string[], key: CryptoKey = privateKey) =>
  new SignJWT({ roles })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setSubject('jwks-user')
    .setExpirationTime('1h')
    .sign(key);

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  api = await startGraphQL({ jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json` });
  await loadFoundingGraph(api.driver, api.database);
});
afterAll(async () => {
  await api?.stop();
  jwksServer?.close();
});

const CREATE = `mutation { createTopics(input: [{ id: "topic:test-jwks", name: "jwks topic" }]) {
  topics { id } } }`;

describe('JWKS', () => {
  it('accepts an editor token signed with a published key', async () => {
    const result = await api.run(CREATE, undefined, `Bearer ${await sign(['editor'])}`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ createTopics: { topics: [{ id: 'topic:test-jwks' }] } });
  });

  it('rejects a token signed with another key, nothing written', async () => {
    const before = await graphCounts(api.driver, api.database);
    const other = (await generateKeyPair('RS256')).privateKey;
    await expect(
      api.run(CREATE, undefined, `Bearer ${await sign(['editor'], other)}`),
    ).rejects.toThrow(/signature/);
    expect(await graphCounts(api.driver, api.database)).toEqual(before);
  });
});
