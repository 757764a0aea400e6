import { Option, type Command } from 'commander';
import { resolve } from 'node:path';
import type { Config } from '../../config/config.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../import/ec-meetings/files.js';
import { importMeetings } from '../../import/ec-meetings/import.js';
import { summaryLines } from '../../import/ec-meetings/report.js';
import { print, say } from '../output.js';
import { progressReporter } from '../progress.js';
import { withDatabase } from '../with-database.js';

interface ImportCliOptions {
  dryRun?: boolean;
  onError: 'stop' | 'skip';
  batchSize: number;
  judgements: string;
}

/** `policy-graph import ec-meetings [files…]`: the Commission's meetings with interest representatives. */
export function importCommand(program: Command, config: () => Config): void {
  const cmd = program.command('import').description('import external datasets');
  cmd
    .command('ec-meetings')
    .description("the Commission's meetings with interest representatives (data/ec-meetings/)")
    .argument('[files...]', 'JSONL files (default: data/ec-meetings/*.jsonl)')
    .option('--dry-run', 'check, resolve and count; write nothing')
    .addOption(
      new Option('--on-error <mode>', 'bad rows: stop (write nothing) or skip (load the rest)')
        .choices(['stop', 'skip'])
        .default('stop'),
    )
    .option('--batch-size <n>', 'rows per write transaction', Number, 500)
    .option('--judgements <file>', 'reviewers’ judgements', JUDGEMENTS_FILE)
    .action(async (files: string[], opts: ImportCliOptions) => {
      const paths = files.length ? files.map((f) => resolve(f)) : EC_MEETINGS_FILES;
      await withDatabase(config(), async (driver, connection) => {
        const progress = progressReporter('meetings');
        const report = await importMeetings(driver, connection.database, paths, {
          ...opts,
          judgementsPath: resolve(opts.judgements),
          onStage: (stage) => say(`${stage}…`),
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        for (const line of summaryLines(report, opts)) print(line);
        if (report.issues.length && opts.onError === 'stop') process.exitCode = 1;
      });
    });
}
