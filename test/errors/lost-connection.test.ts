import { Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportError } from '../../src/cli/output.js';
import { isLostConnection } from '../../src/errors/lost-connection.js';

afterEach(() => vi.restoreAllMocks());

describe('a lost Neo4j connection in a command', () => {
  it('is reported as NEO4J_UNAVAILABLE saying nothing was written, with the cause', () => {
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const error = new Neo4jError('Connection was closed by server', 'ServiceUnavailable', '', '');
    expect(reportError(error)).toBe(1);
    const text = lines.join('');
    expect(text).toMatch(/^error NEO4J_UNAVAILABLE: The connection to Neo4j was lost/);
    expect(text).toMatch(/\(Connection was closed by server\)/);
    expect(text).toMatch(/nothing was written/);
    expect(text).not.toMatch(/INTERNAL/);
  });

  it('recognises driver codes and socket errors, not other failures', () => {
    expect(isLostConnection(new Neo4jError('x', 'SessionExpired', '', ''))).toBe(true);
    expect(isLostConnection(new Error('connect ECONNREFUSED 127.0.0.1:7687'))).toBe(true);
    expect(isLostConnection(new Error('Property value is too large to index'))).toBe(false);
  });
});
