import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../neo4j/cypher-file.js';
import { validateFiles } from './check.js';
import { hasErrors, type SeedIssue } from './issues.js';
import { readKnownEntities, type KnownEntities, type LookupMode } from './known-entities.js';
import { planLoad } from './plan.js';
import type { Plan } from './plan-types.js';
import { DEFAULT_MAX_FILE_MB } from './read.js';
import { resolveSeeds } from './resolve.js';
import type { ValidSeed } from './validated.js';
import { writePlan, type Progress } from './write.js';

export interface LoadOptions {
  readonly dryRun?: boolean;
  /** One transaction per file (in the order given) instead of one for the whole load. */
  readonly perFile?: boolean;
  readonly batchSize?: number;
  readonly maxFileMb?: number;
  /** How existing entities are found for reference resolution (default: by cost estimate). */
  readonly lookup?: LookupMode;
  readonly onStage?: (stage: string) => void;
  readonly onProgress?: Progress;
}

export interface LoadReport {
  readonly issues: SeedIssue[];
  /** One plan per transaction (one, or one per file with perFile). Empty when a check failed. */
  readonly plans: Plan[];
  /** How each transaction found existing entities, and how many it read. */
  readonly lookups: { mode: KnownEntities['mode']; entities: number }[];
  readonly written: boolean;
  readonly elapsedMs: number;
}

export const DEFAULT_BATCH_SIZE = 10_000;

/**
 * Validates every file first (no graph needed), then per transaction: takes the seed lock, reads
 * the entities the files refer to, resolves, plans and (unless dry-run) writes, all in ONE
 * transaction, so a concurrent load cannot change what was resolved against.
 */
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
  const lookups: LoadReport['lookups'] = [];
  for (const group of groups) {
    options.onStage?.('validate');
    const validated = validateFiles(group, options.maxFileMb ?? DEFAULT_MAX_FILE_MB);
    issues.push(...validated.issues);
    if (hasErrors(validated.issues)) break;
    const plan = await transact(driver, database, validated.seeds, options, { issues, lookups });
    if (!plan) break;
    plans.push(plan);
  }
  const written = !options.dryRun && !hasErrors(issues);
  return { issues, plans, lookups, written, elapsedMs: performance.now() - started };
}

/** One transaction; undefined (rolled back) when resolution finds errors. */
async function transact(
  driver: Driver,
  database: string,
  seeds: readonly ValidSeed[],
  options: LoadOptions,
  report: Pick<LoadReport, 'issues' | 'lookups'>,
): Promise<Plan | undefined> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const session = driver.session({
    database,
    defaultAccessMode: options.dryRun ? 'READ' : 'WRITE',
  });
  const tx = session.beginTransaction({ metadata: { app: 'policy-graph seed' } });
  try {
    if (!options.dryRun) await tx.run(cypherFile('seed/lock.cypher'));
    options.onStage?.('resolve');
    const known = await readKnownEntities(tx, seeds, options.lookup);
    report.lookups.push({ mode: known.mode, entities: known.entities.length });
    const resolved = resolveSeeds(seeds, known.entities);
    report.issues.push(...resolved.issues);
    if (hasErrors(resolved.issues)) {
      await tx.rollback();
      return undefined;
    }
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
