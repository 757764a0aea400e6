import { resolve } from 'node:path';
import { fromRoot } from '../config/paths.js';
import { checkSeeds, declaredEntities, type Checked } from '../seed/check.js';
import { listSeedFiles } from '../seed/read.js';

/**
 * Checks the given seed files (default: every seed/*.yaml) without a database. The seed files not
 * named are context: a file may refer to entities that another file declares.
 */
export function checkSeedFiles(
  files: readonly string[],
  options: { maxFileMb?: number; seedDir?: string } = {},
): Checked & { files: string[] } {
  const all = listSeedFiles(options.seedDir ?? fromRoot('seed'));
  const given = files.length ? files.map((f) => resolve(f)) : all;
  const others = all.filter((f) => !given.includes(f));
  const context = others.length ? declaredEntities(checkSeeds(others).seeds) : [];
  return { ...checkSeeds(given, context, options.maxFileMb), files: given };
}
