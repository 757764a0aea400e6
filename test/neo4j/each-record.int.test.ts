import { afterAll, describe, expect, it } from 'vitest';
import { eachRecord } from '../../src/neo4j/each-record.js';
import { openTestDriver } from '../../harness/database.js';

const { driver, connection } = openTestDriver();
afterAll(() => driver.close());

describe('eachRecord (records streamed, none kept)', () => {
  it('hands every record over in order, then resolves; the transaction goes on', async () => {
    const session = driver.session({ database: connection.database });
    const tx = session.beginTransaction();
    try {
      const seen: number[] = [];
      await eachRecord(tx, 'UNWIND range(1, $n) AS i RETURN i', { n: 2500 }, (r) =>
        seen.push(Number(r.get('i'))),
      );
      expect(seen).toHaveLength(2500);
      expect(seen.slice(0, 3)).toEqual([1, 2, 3]);
      expect(seen.at(-1)).toBe(2500);
      const after = await tx.run('RETURN 1 AS one');
      expect(Number(after.records[0]?.get('one'))).toBe(1);
    } finally {
      await tx.rollback();
      await session.close();
    }
  });

  it('rejects with the error of a record it could not take, and takes no record after it', async () => {
    const session = driver.session({ database: connection.database });
    const tx = session.beginTransaction();
    try {
      const seen: number[] = [];
      const run = eachRecord(tx, 'UNWIND range(1, 100) AS i RETURN i', {}, (r) => {
        const i = Number(r.get('i'));
        if (i === 10) throw new Error('record 10 refused');
        seen.push(i);
      });
      await expect(run).rejects.toThrow('record 10 refused');
      expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
  });

  it('rejects with the database error of a statement that fails', async () => {
    const session = driver.session({ database: connection.database });
    const tx = session.beginTransaction();
    try {
      await expect(
        eachRecord(tx, 'RETURN 1 / toInteger($zero) AS x', { zero: 0 }, () => {}),
      ).rejects.toThrow(/by zero/i);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
  });
});
