import type { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';
import { advanceGeneration } from './generation.js';

type Metadata = Record<string, unknown>;

/**
 * `work` in one managed write transaction of its own session (retried by the driver on transient
 * errors, so `work` must be safe to run again): all of it is committed, or nothing. The graph's
 * generation advances with it (response caches: generation.ts).
 */
export async function inWriteTransaction<T>(
  driver: Driver,
  database: string,
  work: (tx: ManagedTransaction) => Promise<T>,
  metadata?: Metadata,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite(
      async (tx) => {
        const result = await work(tx);
        await advanceGeneration(tx);
        return result;
      },
      metadata ? { metadata } : undefined,
    );
  } finally {
    await session.close();
  }
}

/**
 * `work` in one explicit transaction, committed only when `commit` says so for its result
 * (a dry run, or a result that reports errors, is rolled back); rolled back on any error. A
 * committed WRITE transaction advances the graph's generation.
 */
export async function inExplicitTransaction<T>(
  driver: Driver,
  database: string,
  mode: 'READ' | 'WRITE',
  work: (tx: Transaction) => Promise<T>,
  commit: (result: T) => boolean,
  metadata?: Metadata,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: mode });
  const tx = session.beginTransaction(metadata ? { metadata } : undefined);
  try {
    const result = await work(tx);
    if (commit(result)) {
      if (mode === 'WRITE') await advanceGeneration(tx);
      await tx.commit();
    } else await tx.rollback();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback();
    throw error;
  } finally {
    await session.close();
  }
}
