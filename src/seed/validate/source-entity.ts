import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkDates } from './check-dates.js';
import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';
import type { ValidEntity } from './valid-seed.js';
import { toEntity } from './to-entity.js';

/** The file's source as a Document entity; its text copy must exist (its sha256 is stored). */
export function sourceEntity(
  parsed: ParsedSeed,
  src: Record<string, unknown>,
  issues: SeedIssue[],
): ValidEntity {
  const path: YamlPath = ['source'];
  const { text, sha256, ...rest } = src as { text?: string; sha256?: string } & Record<
    string,
    unknown
  >;
  let digest = sha256;
  if (text !== undefined) {
    const copy = resolve(dirname(parsed.absolute), text);
    if (!existsSync(copy)) {
      const msg = `source text '${text}' not found (looked for ${copy})`;
      issues.push(
        issue(parsed.file, parsed.positionOf([...path, 'text']), SeedIssueCode.MISSING_SOURCE, msg),
      );
    } else {
      const actual = createHash('sha256').update(readFileSync(copy)).digest('hex');
      if (sha256 && sha256 !== actual) {
        const msg = `sha256 does not match ${text} (its sha256 is ${actual})`;
        issues.push(
          issue(
            parsed.file,
            parsed.positionOf([...path, 'sha256']),
            SeedIssueCode.MISSING_SOURCE,
            msg,
          ),
        );
      }
      digest = actual;
    }
  } else if (!sha256) {
    const msg = 'the source needs `text` (a copy under seed/sources/) or its `sha256`';
    issues.push(issue(parsed.file, parsed.positionOf(path), SeedIssueCode.MISSING_SOURCE, msg));
  }
  const entity = toEntity(
    parsed,
    path,
    { ...rest, ...(digest ? { sha256: digest } : {}) },
    'Document',
  );
  checkDates(parsed, path, entity.props, issues);
  return entity;
}
