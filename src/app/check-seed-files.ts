import { resolve } from 'node:path';
import type { Config } from '../config/config.js';
import { fromRoot } from '../config/paths.js';
import type { SeedIssue } from '../seed/issues.js';
import { checkSeeds, loadSeeds } from '../seed/pipeline.js';
import type { Plan } from '../seed/plan/plan.js';
import { listSeedFiles } from '../seed/read/read-text.js';
import { declaredEntities } from '../seed/resolve/declared-entities.js';
import { runningGraph } from './running-graph.js';

export interface SeedCheck {
  readonly files: string[];
  readonly issues: SeedIssue[];
  /** What a load would do, when checked against the graph (a dry run). */
  readonly plans: Plan[];
  /** `graph at <uri>`, or why the check used the files alone. */
  readonly against: string;
}

const filesOf = (files: readonly string[], seedDir?: string) => {
  const all = listSeedFiles(seedDir ?? fromRoot('seed'));
  return { all, given: files.length ? files.map((f) => resolve(f)) : all };
};

/**
 * Checks the given seed files (default: every seed/*.yaml) without a database. The seed files not
 * named are context: a file may refer to entities that another file declares.
 */
export function checkSeedFiles(
  files: readonly string[],
  options: { maxFileMb?: number; seedDir?: string } = {},
) {
  const { all, given } = filesOf(files, options.seedDir);
  const others = all.filter((f) => !given.includes(f));
  const context = others.length ? declaredEntities(checkSeeds(others).seeds) : [];
  return { ...checkSeeds(given, context, options.maxFileMb), files: given };
}

/**
 * `validate`: the same resolver as `seed`, against the graph when one is running (a dry run of the
 * load: references, conflicts with the graph's values, possible duplicates); `offline`, or no
 * reachable graph, checks against the seed files alone.
 */
export async function validateSeedFiles(
  config: Config,
  files: readonly string[],
  options: { maxFileMb?: number; offline?: boolean } = {},
): Promise<SeedCheck> {
  const graph = options.offline ? { reason: '--offline' } : await runningGraph(config);
  if ('reason' in graph) {
    const checked = checkSeedFiles(files, options);
    const against = `the seed files only (no graph: ${graph.reason})`;
    return { files: checked.files, issues: checked.issues, plans: [], against };
  }
  const { given } = filesOf(files);
  try {
    const report = await loadSeeds(graph.driver, graph.connection.database, given, {
      dryRun: true,
      maxFileMb: options.maxFileMb,
    });
    const against = `the graph at ${graph.connection.uri}`;
    return { files: given, issues: report.issues, plans: report.plans, against };
  } finally {
    await graph.driver.close();
  }
}
