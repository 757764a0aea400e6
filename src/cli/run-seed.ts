import type { Driver } from 'neo4j-driver';
import { hasErrors } from '../seed/issues.js';
import type { LookupMode } from '../seed/resolve/known-entities.js';
import { loadSeeds, type LoadReport } from '../seed/pipeline.js';
import { print, say } from './output.js';
import { progressReporter } from './progress.js';
import { printIssues, printPlanSummary } from './seed-report.js';

export interface SeedCliOptions {
  dryRun?: boolean;
  perFile?: boolean;
  batchSize?: number;
  maxFileMb?: number;
  lookup?: LookupMode;
}

/** Runs a load with progress lines and the summary; used by `seed` and `start`. */
export async function runSeed(
  driver: Driver,
  database: string,
  files: readonly string[],
  opts: SeedCliOptions,
): Promise<LoadReport> {
  const progress = progressReporter('write');
  const report = await loadSeeds(driver, database, files, {
    ...opts,
    onStage: (stage) => {
      if (stage !== 'commit') say(`${stage}…`);
    },
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  printIssues(report.issues);
  if (hasErrors(report.issues)) {
    say(
      `seed: ${report.issues.filter((i) => i.severity === 'error').length} error(s); nothing was written`,
    );
    process.exitCode = 1;
    return report;
  }
  printPlanSummary(report.plans, Boolean(opts.dryRun));
  const warnings = report.issues.length;
  const read = report.lookups.reduce((n, l) => n + l.entities, 0);
  const how = [...new Set(report.lookups.map((l) => l.mode))].join('/');
  print(
    `${opts.dryRun ? 'dry run, nothing written' : 'committed'} · ${files.length} file(s) · ${warnings} warning(s) · resolved against ${read} existing entities (${how} look-up) · ${(report.elapsedMs / 1000).toFixed(2)} s`,
  );
  return report;
}
