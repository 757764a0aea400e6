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
