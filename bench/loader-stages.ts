import { parseSeed } from '../src/seed/read/parse-yaml.js';
import { readSeedText } from '../src/seed/read/read-text.js';
import { resolveSeeds } from '../src/seed/resolve/resolve-seeds.js';
import type { ResolvedLoad } from '../src/seed/resolve/resolved-load.js';
import { validateSeed } from '../src/seed/validate/validate-seed.js';
import type { ValidSeed } from '../src/seed/validate/valid-seed.js';

export interface StageTimes {
  readMs: number;
  parseMs: number;
  validateMs: number;
  resolveMs: number;
  errors: number;
  warnings: number;
}

/**
 * The loader's CPU stages one by one, each timed (the same functions `checkSeeds` calls):
 * read → parse (YAML with positions) → validate (zod) → resolve (ids, duplicate-name check).
 */
export function timeStages(
  files: readonly string[],
  progress?: (done: number, total: number) => void,
): { times: StageTimes; resolved: ResolvedLoad } {
  const times: StageTimes = {
    readMs: 0,
    parseMs: 0,
    validateMs: 0,
    resolveMs: 0,
    errors: 0,
    warnings: 0,
  };
  const seeds: ValidSeed[] = [];
  const lap = (key: 'readMs' | 'parseMs' | 'validateMs' | 'resolveMs', began: number) =>
    (times[key] += performance.now() - began);
  files.forEach((path, i) => {
    let t = performance.now();
    const text = readSeedText(path, 16);
    lap('readMs', t);
    if ('code' in text) throw new Error(`${path}: ${text.message}`);
    t = performance.now();
    const parsed = parseSeed(text);
    lap('parseMs', t);
    if (Array.isArray(parsed)) throw new Error(`${path}: ${parsed[0]?.message}`);
    t = performance.now();
    const result = validateSeed(parsed);
    lap('validateMs', t);
    count(times, result.issues);
    if (!result.seed) throw new Error(`${path}: ${result.issues[0]?.message}`);
    seeds.push(result.seed);
    progress?.(i + 1, files.length);
  });
  const t = performance.now();
  const resolved = resolveSeeds(seeds, []);
  lap('resolveMs', t);
  count(times, resolved.issues);
  return { times, resolved };
}

function count(times: StageTimes, issues: readonly { severity: string }[]): void {
  for (const i of issues) {
    if (i.severity === 'error') times.errors++;
    else times.warnings++;
  }
}
