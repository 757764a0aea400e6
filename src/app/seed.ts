import type { Driver } from 'neo4j-driver';
import { hasErrors } from '../seed/issues.js';
import type { LookupMode } from '../seed/resolve/known-entities.js';
import { loadSeeds, type LoadReport } from '../seed/pipeline.js';
import type { Output } from './output.js';
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
  out: Output,
): Promise<LoadReport> {
  const progress = out.progress('write');
  const report = await loadSeeds(driver, database, files, {
    ...opts,
    onStage: (stage) => {
      if (stage !== 'commit') out.say(`${stage}…`);
    },
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  printIssues(report.issues, out);
  if (hasErrors(report.issues)) {
    out.say(
      `seed: ${report.issues.filter((i) => i.severity === 'error').length} error(s); nothing was written`,
    );
    process.exitCode = 1;
    return report;
  }
  printPlanSummary(report.plans, Boolean(opts.dryRun), out);
  const warnings = report.issues.length;
  const read = report.lookups.reduce((n, l) => n + l.entities, 0);
  const how = [...new Set(report.lookups.map((l) => l.mode))].join('/');
  out.print(
    `${opts.dryRun ? 'dry run, nothing written' : 'committed'} · ${files.length} file(s) · ${warnings} warning(s) · resolved against ${read} existing entities (${how} look-up) · ${(report.elapsedMs / 1000).toFixed(2)} s`,
  );
  return report;
}
