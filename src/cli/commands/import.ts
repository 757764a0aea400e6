import { resolve } from 'node:path';
import type { Config } from '../../config/config.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../import/ec-meetings/files.js';
import { importMeetingFiles } from '../../app/import-meetings.js';
import { cliOutput } from '../cli-output.js';
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
    const options = { ...opts, judgementsPath: judgements };
    const report = await importMeetingFiles(driver, connection.database, paths, options, cliOutput);
    if (report.issues.length && opts.onError === 'stop') process.exitCode = 1;
  });
}
