import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../neo4j/cypher-file.js';
import { checkSeeds } from './check.js';
import { hasErrors, type SeedIssue } from './issues.js';
import type { NamedEntity } from './name-index.js';
import { planLoad } from './plan.js';
import type { Plan } from './plan-types.js';
import { DEFAULT_MAX_FILE_MB } from './read.js';
import { writePlan, type Progress } from './write.js';

export interface LoadOptions {
  readonly dryRun?: boolean;
  /** One transaction per file (in the order given) instead of one for the whole load. */
  readonly perFile?: boolean;
  readonly batchSize?: number;
  readonly maxFileMb?: number;
  readonly onStage?: (stage: string) => void;
  readonly onProgress?: Progress;
}

export interface LoadReport {
  readonly issues: SeedIssue[];
  /** One plan per transaction (one, or one per file with perFile). Empty when validation failed. */
  readonly plans: Plan[];
  readonly written: boolean;
  readonly elapsedMs: number;
}

export const DEFAULT_BATCH_SIZE = 10_000;

/** Validates, resolves against the graph, plans and (unless dry-run) writes in ONE transaction. */
export async function loadSeeds(
  driver: Driver,
  database: string,
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  const started = performance.now();
  const groups = options.perFile ? paths.map((p) => [p]) : [paths];
  const plans: Plan[] = [];
  const issues: SeedIssue[] = [];
  for (const group of groups) {
    options.onStage?.('validate');
    const known = await knownEntities(driver, database);
    const checked = checkSeeds(group, known, options.maxFileMb ?? DEFAULT_MAX_FILE_MB);
    issues.push(...checked.issues);
    if (hasErrors(checked.issues) || !checked.resolved) break;
    plans.push(await transact(driver, database, checked.resolved, options));
  }
  const written = !options.dryRun && !hasErrors(issues);
  return { issues, plans, written, elapsedMs: performance.now() - started };
}

async function transact(
  driver: Driver,
  database: string,
  resolved: NonNullable<ReturnType<typeof checkSeeds>['resolved']>,
  options: LoadOptions,
): Promise<Plan> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const session = driver.session({
    database,
    defaultAccessMode: options.dryRun ? 'READ' : 'WRITE',
  });
  const tx = session.beginTransaction({ metadata: { app: 'policy-graph seed' } });
  try {
    if (!options.dryRun) await tx.run(cypherFile('seed/lock.cypher'));
    options.onStage?.('plan');
    const plan = await planLoad(tx, resolved, batchSize);
    if (options.dryRun) {
      await tx.rollback();
      return plan;
    }
    options.onStage?.('write');
    await writePlan(tx, plan, batchSize, options.onProgress);
    options.onStage?.('commit');
    await tx.commit();
    return plan;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback();
    throw error;
  } finally {
    await session.close();
  }
}

async function knownEntities(driver: Driver, database: string): Promise<NamedEntity[]> {
  const { records } = await driver.executeQuery(
    cypherFile('seed/known-entities.cypher'),
    {},
    { database, routing: 'READ' },
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    label: r.get('label') as NamedEntity['label'],
    name: String(r.get('name') ?? r.get('id')),
    aliases: (r.get('aliases') as string[]) ?? [],
  }));
}
