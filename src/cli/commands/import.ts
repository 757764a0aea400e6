import { resolve } from 'node:path';
import type { Config } from '../../config/config.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../import/ec-meetings/files.js';
import { importMeetingFiles } from '../../app/import-meetings.js';
import { importCordisReleases } from '../../app/import-cordis.js';
import { CORDIS_JUDGEMENTS } from '../../import/cordis/files.js';
import { AppError } from '../../errors/app-error.js';
import { ErrorCode } from '../../errors/codes.js';
import { cliOutput } from '../cli-output.js';
import { withDatabase } from '../with-database.js';
import { boundHeapGrowth } from '../batch-memory.js';

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
  boundHeapGrowth();
  const paths = files.length ? files.map((f) => resolve(f)) : EC_MEETINGS_FILES;
  const judgements = opts.judgements ? resolve(opts.judgements) : JUDGEMENTS_FILE;
  await withDatabase(config, async (driver, connection) => {
    const options = { ...opts, judgementsPath: judgements };
    const report = await importMeetingFiles(driver, connection.database, paths, options, cliOutput);
    if (report.issues.length && opts.onError === 'stop') process.exitCode = 1;
  });
}

export interface CordisCliOptions extends ImportCliOptions {
  releaseDate?: string;
  force?: boolean;
}

/** `policy-graph import cordis <releases…>`: Horizon Europe projects, organisations, participations. */
export async function importCordisCommand(
  config: Config,
  releases: string[],
  opts: CordisCliOptions,
): Promise<void> {
  if (opts.releaseDate && !/^\d{4}-\d{2}-\d{2}$/.test(opts.releaseDate))
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `--release-date ${opts.releaseDate}: expected YYYY-MM-DD`,
    );
  boundHeapGrowth();
  const paths = releases.map((r) => resolve(r));
  const judgementsPath = opts.judgements ? resolve(opts.judgements) : CORDIS_JUDGEMENTS;
  await withDatabase(config, async (driver, connection) => {
    const options = { ...opts, judgementsPath };
    const report = await importCordisReleases(
      driver,
      connection.database,
      paths,
      options,
      cliOutput,
    );
    if (report?.issues.length && opts.onError === 'stop') process.exitCode = 1;
  });
}
