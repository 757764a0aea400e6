import { hasErrors, type SeedIssue } from './issues.js';
import type { NamedEntity } from './name-index.js';
import { parseSeed } from './parse.js';
import { DEFAULT_MAX_FILE_MB, readSeedText } from './read.js';
import { resolveSeeds } from './resolve.js';
import type { ResolvedLoad } from './resolved.js';
import { validateSeed } from './validate.js';
import type { ValidSeed } from './validated.js';

export interface Checked {
  readonly seeds: ValidSeed[];
  readonly resolved?: ResolvedLoad;
  /** Every problem in every file, in file order; errors stop a load, warnings do not. */
  readonly issues: SeedIssue[];
}

/** read → parse → validate each file (all problems collected) → resolve them together. */
export function checkSeeds(
  paths: readonly string[],
  known: readonly NamedEntity[] = [],
  maxFileMb = DEFAULT_MAX_FILE_MB,
): Checked {
  const { seeds, issues } = validateFiles(paths, maxFileMb);
  if (hasErrors(issues)) return { seeds, issues };
  const resolved = resolveSeeds(seeds, known);
  return { seeds, resolved, issues: [...issues, ...resolved.issues] };
}

/** read → parse → validate each file, on its own: no graph needed. */
export function validateFiles(
  paths: readonly string[],
  maxFileMb = DEFAULT_MAX_FILE_MB,
): { seeds: ValidSeed[]; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const seeds: ValidSeed[] = [];
  for (const path of paths) {
    const text = readSeedText(path, maxFileMb);
    if ('code' in text) {
      issues.push(text);
      continue;
    }
    const parsed = parseSeed(text);
    if (Array.isArray(parsed)) {
      issues.push(...parsed);
      continue;
    }
    const result = validateSeed(parsed);
    issues.push(...result.issues);
    if (result.seed) seeds.push(result.seed);
  }
  return { seeds, issues };
}

/** Entities declared by already-valid files, as context when validating others on their own. */
export function declaredEntities(seeds: readonly ValidSeed[]): NamedEntity[] {
  return seeds.flatMap((s) =>
    [s.source, ...s.entities].map((e) => ({
      id: e.id,
      label: e.label,
      name: String(e.props.name),
      aliases: e.asWritten ? [...e.aliases, e.asWritten] : e.aliases,
    })),
  );
}
