import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import type { Config } from '../../config/config.js';
import { fromRoot } from '../../config/paths.js';
import { hasErrors } from '../../seed/issues.js';
import type { LookupMode } from '../../seed/resolve/known-entities.js';
import { DEFAULT_BATCH_SIZE, loadSeeds, type LoadReport } from '../../seed/pipeline.js';
import { listSeedFiles } from '../../seed/read/read-text.js';
import { print, say } from '../output.js';
import { progressReporter } from '../progress.js';
import { printIssues, printPlanSummary } from '../seed-report.js';
import { withDatabase } from '../with-database.js';
import type { Driver } from 'neo4j-driver';

export interface SeedCliOptions {
  dryRun?: boolean;
  perFile?: boolean;
  batchSize?: number;
  maxFileMb?: number;
  lookup?: LookupMode;
}

/** Runs a load with progress and the summary; shared by `seed` and `start`. */
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

export function seedCommand(program: Command, config: () => Config): void {
  program
    .command('seed')
    .description('load seed files in one transaction; prints created/updated/unchanged counts')
    .argument('[files...]', 'seed files (default: every seed/*.yaml)')
    .option('--dry-run', 'show what would change; write nothing')
    .option('--per-file', 'one transaction per file, in the order given (default: one for all)')
    .option('--batch-size <n>', 'rows per UNWIND statement', Number, DEFAULT_BATCH_SIZE)
    .option('--max-file-mb <n>', 'largest file accepted', Number, 16)
    .addOption(
      new Option(
        '--lookup <mode>',
        'how existing entities are found: all, only those named, or by cost',
      )
        .choices(['auto', 'all', 'named'])
        .default('auto'),
    )
    .action(async (files: string[], opts: SeedCliOptions) => {
      const paths = files.length ? files.map((f) => resolve(f)) : listSeedFiles(fromRoot('seed'));
      await withDatabase(config(), (driver, connection) =>
        runSeed(driver, connection.database, paths, opts),
      );
    });
}
