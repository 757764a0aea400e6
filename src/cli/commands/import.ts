import { resolve } from 'node:path';
import type { Config } from '../../config/config.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../import/ec-meetings/files.js';
import { importMeetings } from '../../import/ec-meetings/import.js';
import { summaryLines } from '../../import/ec-meetings/report.js';
import { print, say } from '../output.js';
import { progressReporter } from '../progress.js';
import { withDatabase } from '../with-database.js';

export interface ImportCliOptions {
  dryRun?: boolean;
  onError: 'stop' | 'skip';
  batchSize: number;
  judgements?: string;
}

/** `policy-graph import ec-meetings [files…]`: the Commission's meetings with interest representatives. */
export async function importEcMeetings(
  config: Config,
  files: string[],
  opts: ImportCliOptions,
): Promise<void> {
  const paths = files.length ? files.map((f) => resolve(f)) : EC_MEETINGS_FILES;
  const judgements = opts.judgements ? resolve(opts.judgements) : JUDGEMENTS_FILE;
  await withDatabase(config, async (driver, connection) => {
    const progress = progressReporter('meetings');
    const report = await importMeetings(driver, connection.database, paths, {
      ...opts,
      judgementsPath: judgements,
      onStage: (stage) => say(`${stage}…`),
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    for (const line of summaryLines(report, opts)) print(line);
    if (report.issues.length && opts.onError === 'stop') process.exitCode = 1;
  });
}
