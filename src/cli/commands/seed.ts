import { resolve } from 'node:path';
import type { Config } from '../../config/config.js';
import { fromRoot } from '../../config/paths.js';
import { listSeedFiles } from '../../seed/read/read-text.js';
import { runSeed, type SeedCliOptions } from '../../app/seed.js';
import { withDatabase } from '../with-database.js';
import { cliOutput } from '../cli-output.js';
import { boundHeapGrowth } from '../batch-memory.js';

export type { SeedCliOptions };

/** `policy-graph seed [files…]`: load seed files in one transaction (see run-seed.ts). */
export async function seedCommand(
  config: Config,
  files: string[],
  opts: SeedCliOptions,
): Promise<void> {
  boundHeapGrowth();
  const paths = files.length ? files.map((f) => resolve(f)) : listSeedFiles(fromRoot('seed'));
  await withDatabase(config, (driver, connection) =>
    runSeed(driver, connection.database, paths, opts, cliOutput),
  );
}
