import type { Driver, Transaction } from 'neo4j-driver';
import { inExplicitTransaction } from '../neo4j/transactions.js';
import { cypherFile } from '../neo4j/cypher-file.js';
import { hasErrors, type SeedIssue } from './issues.js';
import { planLoad } from './plan/plan-load.js';
import type { Plan } from './plan/plan.js';
import { parseSeed } from './read/parse-yaml.js';
import { DEFAULT_MAX_FILE_MB, readSeedText } from './read/read-text.js';
import {
  readKnownEntities,
  type KnownEntities,
  type LookupMode,
} from './resolve/known-entities.js';
import type { NamedEntity } from '../identity/name-index.js';
import { followRedirects, readRedirects } from './resolve/redirects.js';
import type { ResolvedLoad } from './resolve/resolved-load.js';
import { resolveSeeds } from './resolve/resolve-seeds.js';
import type { ValidSeed } from './validate/valid-seed.js';
import { validateSeed } from './validate/validate-seed.js';
import { recordLoad } from './write/record-load.js';
import { writePlan, type Progress } from './write/write-plan.js';

/**
 * The seed pipeline, stage by stage:
 *
 *   document → read → parse → validate        (each file on its own, no graph: `checkFiles`)
 *            → resolve → plan → write          (all files together, in ONE transaction: `loadSeeds`)
 *
 * `read/` turns a path into UTF-8 text, `parse` keeps a way back to line:col, `validate/` checks the
 * format (src/model/), `resolve/` turns references into ids against the graph, `plan/` diffs
 * with the graph, `write/` carries the plan out in batched UNWIND statements.
 */
export interface LoadOptions {
  readonly dryRun?: boolean;
  /** One transaction per file (in the order given) instead of one for the whole load. */
  readonly perFile?: boolean;
  readonly batchSize?: number;
  readonly maxFileMb?: number;
  /** How existing entities are found for reference resolution (default: by cost estimate). */
  readonly lookup?: LookupMode;
  /** Who loads, for the audit trail (default `cli:<user>`), and under which request id. */
  readonly actor?: string;
  readonly requestId?: string;
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
const batchSizeOf = (options: LoadOptions): number => options.batchSize ?? DEFAULT_BATCH_SIZE;

/** read → parse → validate each file, on its own: no graph needed; every problem collected. */
export function checkFiles(
  paths: readonly string[],
  maxFileMb = DEFAULT_MAX_FILE_MB,
): { seeds: ValidSeed[]; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const seeds: ValidSeed[] = [];
  for (const path of paths) {
    const text = readSeedText(path, maxFileMb);
    if ('code' in text) {
      issues.push(text);
      continue;
    }
    const parsed = parseSeed(text);
    if (Array.isArray(parsed)) {
      issues.push(...parsed);
      continue;
    }
    const result = validateSeed(parsed);
    issues.push(...result.issues);
    if (result.seed) seeds.push(result.seed);
  }
  return { seeds, issues };
}

/** checkFiles, then resolve against the given entities only (files as their own context). */
export function checkSeeds(
  paths: readonly string[],
  known: readonly NamedEntity[] = [],
  maxFileMb = DEFAULT_MAX_FILE_MB,
): { seeds: ValidSeed[]; resolved?: ResolvedLoad; issues: SeedIssue[] } {
  const { seeds, issues } = checkFiles(paths, maxFileMb);
  if (hasErrors(issues)) return { seeds, issues };
  const resolved = resolveSeeds(seeds, known);
  // Without a graph, every disagreement between the files is news (a load says it in its plan).
  const conflicts = [...resolved.nodes, ...resolved.relationships].flatMap(
    (row) => row.claims?.conflictIssues() ?? [],
  );
  return { seeds, resolved, issues: [...issues, ...resolved.issues, ...conflicts] };
}

/**
 * Checks every file first (no graph needed), then per transaction: takes the seed lock, resolves
 * against the graph, plans and (unless dry-run) writes, all in ONE transaction, so a concurrent
 * load cannot change what was resolved against.
 */
export async function loadSeeds(
  driver: Driver,
  database: string,
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<LoadReport> {
  const started = performance.now();
  const groups = options.perFile ? paths.map((p) => [p]) : [paths];
  const report = {
    issues: [] as SeedIssue[],
    plans: [] as Plan[],
    lookups: [] as LoadReport['lookups'],
  };
  for (const group of groups) {
    options.onStage?.('validate');
    const takeSeeds = checkGroup(group, options, report.issues);
    if (!takeSeeds) break;
    const plan = await inTransaction(driver, database, options, (tx) =>
      resolvePlanWrite(tx, takeSeeds, options, report),
    );
    if (!plan) break;
    report.plans.push(plan);
  }
  const written = !options.dryRun && !hasErrors(report.issues);
  return { ...report, written, elapsedMs: performance.now() - started };
}

/** Runs `work` in one transaction: committed when it returns a plan and this is no dry run. */
function inTransaction(
  driver: Driver,
  database: string,
  options: LoadOptions,
  work: (tx: Transaction) => Promise<Plan | undefined>,
): Promise<Plan | undefined> {
  const commit = (plan: Plan | undefined): boolean => {
    if (!plan || options.dryRun) return false;
    options.onStage?.('commit');
    return true;
  };
  const mode = options.dryRun ? 'READ' : 'WRITE';
  return inExplicitTransaction(driver, database, mode, work, commit, { app: 'policy-graph seed' });
}

/**
 * The files of one transaction, checked; undefined when a check failed. Handed over once: the
 * load keeps no reference to them after resolving (a bulk load's largest structure).
 */
function checkGroup(
  group: readonly string[],
  options: LoadOptions,
  issues: SeedIssue[],
): (() => ValidSeed[]) | undefined {
  const checked = checkFiles(group, options.maxFileMb ?? DEFAULT_MAX_FILE_MB);
  issues.push(...checked.issues);
  if (hasErrors(checked.issues)) return undefined;
  let seeds: ValidSeed[] | undefined = checked.seeds;
  return () => {
    // Taken once: a second take (a retried transaction) must not load nothing and commit.
    if (!seeds) throw new Error('the checked files were already handed over');
    const taken = seeds;
    seeds = undefined;
    return taken;
  };
}

/** lock → resolve → plan → write; undefined when resolution finds errors (nothing written). */
async function resolvePlanWrite(
  tx: Transaction,
  takeSeeds: () => ValidSeed[],
  options: LoadOptions,
  report: Pick<LoadReport, 'issues' | 'lookups'>,
): Promise<Plan | undefined> {
  if (!options.dryRun) await tx.run(cypherFile('seed/lock.cypher'));
  const files: string[] = [];
  // The seeds and their resolution live only in resolvePlan: the write holds just the plan.
  const plan = await resolvePlan(tx, takeSeeds(), files, options, report);
  if (!plan || options.dryRun) return plan;
  options.onStage?.('write');
  await writePlan(tx, plan, batchSizeOf(options), options.onProgress);
  await recordLoad(tx, plan, { actor: options.actor, requestId: options.requestId, files });
  return plan;
}

async function resolvePlan(
  tx: Transaction,
  seeds: ValidSeed[],
  files: string[],
  options: LoadOptions,
  report: Pick<LoadReport, 'issues' | 'lookups'>,
): Promise<Plan | undefined> {
  options.onStage?.('resolve');
  files.push(...seeds.map((s) => s.file));
  // Ids merged away (policy-graph merge) are read as the ids they were merged into.
  const redirected = followRedirects(seeds, await readRedirects(tx, seeds));
  report.issues.push(...redirected.issues);
  const known = await readKnownEntities(tx, redirected.seeds, options.lookup);
  report.lookups.push({ mode: known.mode, entities: known.entities.length });
  seeds.length = 0; // the redirected copy is the one resolved, and let go file by file
  const resolved = resolveSeeds(redirected.seeds, known.entities, { consume: true });
  report.issues.push(...resolved.issues);
  if (hasErrors(resolved.issues)) return undefined;
  options.onStage?.('plan');
  const plan = await planLoad(tx, resolved, batchSizeOf(options));
  report.issues.push(...plan.issues);
  return plan;
}
