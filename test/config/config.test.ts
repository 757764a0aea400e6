import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

describe('loadConfig', () => {
  it('uses the local server and port 4000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({ uri: undefined, user: 'neo4j', database: 'neo4j' });
    expect(config.port).toBe(4000);
    expect(config.local.boltPort).toBe(7687);
    expect(config.jwtSecret).toBeUndefined();
  });

  it('accepts bolt:// and neo4j:// (cluster routing) URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j://db.example:7687' }).neo4j.uri).toBe(
      'neo4j://db.example:7687',
    );
    expect(loadConfig({ NEO4J_URI: 'bolt+s://db:7687' }).neo4j.uri).toBe('bolt+s://db:7687');
  });

  it('is deeply frozen', () => {
    const config = loadConfig({ PORT: '5000' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.neo4j)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it('names every invalid variable in one CONFIG_INVALID error', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://x', PORT: 'abc', JWT_SECRET: 'short' })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        message: expect.stringMatching(/NEO4J_URI.*PORT.*JWT_SECRET/),
      }),
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeUndefined();
  });
});

describe('security settings', () => {
  it('listens on loopback, introspection follows NODE_ENV, tokens live 12 h at most', () => {
    const dev = loadConfig({});
    expect(dev).toMatchObject({
      host: '127.0.0.1',
      introspection: true,
      jwtMaxLifetimeSeconds: 12 * 3600,
      maxDeletedNodes: 50,
    });
    expect(dev.neo4j.acquisitionTimeoutMs).toBe(3000);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection,
    ).toBe(true);
  });

  it('reads durations and refuses bad values', () => {
    expect(loadConfig({ JWT_MAX_LIFETIME: '30m' }).jwtMaxLifetimeSeconds).toBe(1800);
    expect(loadConfig({ JWT_MAX_LIFETIME: '90' }).jwtMaxLifetimeSeconds).toBe(90);
    expect(() => loadConfig({ JWT_MAX_LIFETIME: 'forever' })).toThrow(/JWT_MAX_LIFETIME/);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'yes' })).toThrow(/GRAPHQL_INTROSPECTION/);
    expect(() => loadConfig({ MAX_DELETED_NODES: '-1' })).toThrow(/MAX_DELETED_NODES/);
  });
});
