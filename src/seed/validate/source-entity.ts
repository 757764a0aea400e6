import { checkDates } from './check-dates.js';
import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';
import type { ValidEntity } from './valid-seed.js';
import { readSourceCopy } from './source-text.js';
import { toEntity } from './to-entity.js';

/**
 * The file's source as a Document entity; its text copy must exist (its sha256 is stored). The
 * copy's content comes back too, for the spans the file quotes from it (spans-in-text.ts).
 */
export function sourceEntity(
  parsed: ParsedSeed,
  src: Record<string, unknown>,
  issues: SeedIssue[],
): { entity: ValidEntity; copy?: { path: string; content: string } } {
  const path: YamlPath = ['source'];
  const { text, sha256, ...rest } = src as { text?: string; sha256?: string } & Record<
    string,
    unknown
  >;
  let digest = sha256;
  let copied: { path: string; content: string } | undefined;
  if (text !== undefined) {
    const copy = readSourceCopy(parsed.absolute, text);
    if ('problem' in copy) {
      const code = copy.problem.includes('not found')
        ? SeedIssueCode.MISSING_SOURCE
        : SeedIssueCode.BAD_SOURCE_TEXT;
      issues.push(issue(parsed.file, parsed.positionOf([...path, 'text']), code, copy.problem));
    } else {
      if (sha256 && sha256 !== copy.sha256) {
        const msg = `sha256 does not match ${text} (its sha256 is ${copy.sha256})`;
        const at = parsed.positionOf([...path, 'sha256']);
        issues.push(issue(parsed.file, at, SeedIssueCode.MISSING_SOURCE, msg));
      }
      digest = copy.sha256;
      copied = { path: text, content: copy.content };
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
  return { entity, ...(copied ? { copy: copied } : {}) };
}
