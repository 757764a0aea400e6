import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/neo4j/cypher-file.js';
import { readMigrations } from '../../src/neo4j/migrations.js';

describe('splitStatements', () => {
  it('splits on a semicolon at line end and drops comment lines', () => {
    const text = '// a comment\nCREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x);\n\nRETURN 1;\n';
    expect(splitStatements(text)).toEqual([
      'CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x)',
      'RETURN 1',
    ]);
  });

  it('reads the project migrations in order, each with statements', () => {
    const migrations = readMigrations();
    expect(migrations[0]?.id).toBe('001-constraints-and-indexes');
    expect(migrations.map((m) => m.id)).toEqual([...migrations.map((m) => m.id)].sort());
    for (const m of migrations) expect(m.statements.length).toBeGreaterThan(0);
  });
});
