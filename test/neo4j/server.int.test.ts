import { afterAll, describe, expect, it } from 'vitest';
import { serverInfo } from '../../src/neo4j/server-info.js';
import { openTestDriver } from '../../harness/database.js';

const { driver, connection } = openTestDriver();
afterAll(() => driver.close());

describe('the test Neo4j', () => {
  it('is Neo4j 5.26 with APOC core of the same line', async () => {
    const info = await serverInfo(driver, connection.database);
    expect(info.name).toBe('Neo4j Kernel');
    expect(info.version).toMatch(/^5\.26\./);
    expect(info.apoc).toMatch(/^5\.26\./);
  });

  it('runs the APOC functions @neo4j/graphql relies on', async () => {
    const { records } = await driver.executeQuery(
      `RETURN apoc.date.convertFormat('2025-10-21', 'date', 'basic_date') AS basic,
              apoc.util.validatePredicate(false, 'never', []) AS ok`,
      {},
      { database: connection.database },
    );
    expect(records[0]?.get('basic')).toBe('20251021');
    expect(records[0]?.get('ok')).toBe(true); // the predicate held not, so it passes
    await expect(
      driver.executeQuery(
        "RETURN apoc.util.validatePredicate(true, 'forbidden %s', ['here']) AS x",
        {},
        { database: connection.database },
      ),
    ).rejects.toThrow(/forbidden here/);
  });
});
