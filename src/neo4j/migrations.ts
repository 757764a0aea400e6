import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { fromRoot } from '../config/paths.js';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { cypherFile, splitStatements } from './cypher-file.js';
import { inWriteTransaction } from './transactions.js';

export interface Migration {
  readonly id: string;
  readonly file: string;
  readonly checksum: string;
  readonly statements: readonly string[];
}

export interface MigrateResult {
  readonly applied: readonly string[];
  readonly skipped: readonly string[];
}

const pattern = /^(\d{3})-[a-z0-9-]+\.cypher$/;

/** cypher/migrations/NNN-name.cypher, in order. */
export function readMigrations(dir = fromRoot('cypher', 'migrations')): Migration[] {
  return readdirSync(dir)
    .filter((file) => pattern.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      return {
        id: file.replace(/\.cypher$/, ''),
        file,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    });
}

/**
 * Applies pending migrations in order and records each as (:SchemaMigration {id, checksum}).
 * Schema statements cannot share a transaction with data writes in Neo4j, so each statement runs
 * on its own; they are written IF NOT EXISTS so a migration cut short is simply run again.
 * A recorded migration whose file changed is an error: migrations are append-only.
 */
export async function migrate(
  driver: Driver,
  database: string,
  migrations = readMigrations(),
): Promise<MigrateResult> {
  const { records } = await driver.executeQuery(
    cypherFile('neo4j/applied-migrations.cypher'),
    {},
    { database, routing: 'READ' },
  );
  const done = new Map(records.map((r) => [r.get('id') as string, r.get('checksum') as string]));
  const applied: string[] = [];
  const skipped: string[] = [];
  for (const migration of migrations) {
    const recorded = done.get(migration.id);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new AppError(
          ErrorCode.MIGRATION_FAILED,
          `cypher/migrations/${migration.file} changed after it was applied.`,
          {
            hint: 'Migrations are append-only: revert the edit and add a new NNN-*.cypher file instead.',
          },
        );
      }
      skipped.push(migration.id);
      continue;
    }
    for (const [index, statement] of migration.statements.entries()) {
      try {
        await driver.executeQuery(statement, {}, { database });
      } catch (error) {
        throw new AppError(
          ErrorCode.MIGRATION_FAILED,
          `cypher/migrations/${migration.file}: statement ${index + 1} failed: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    // Recorded in a write transaction of its own, which advances the graph's generation: a data
    // migration changes answers that response caches may hold.
    await inWriteTransaction(driver, database, (tx) =>
      tx.run(cypherFile('neo4j/record-migration.cypher'), {
        id: migration.id,
        checksum: migration.checksum,
      }),
    );
    applied.push(migration.id);
  }
  await driver.executeQuery(cypherFile('neo4j/await-indexes.cypher'), {}, { database });
  return { applied, skipped };
}
