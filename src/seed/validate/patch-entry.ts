import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import { EntryPosition } from './entry-position.js';
import { patchSchemaOf } from '../../model/entity-schemas.js';
import { labelOfId, looksLikeId, type Label } from '../../model/labels.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';
import { checkDates } from './check-dates.js';
import { toEntity } from './to-entity.js';
import type { ValidEntity, ValidPatch } from './valid-seed.js';
import { zodIssues } from './zod-issues.js';

/**
 * An `entities:` entry that names a known entity with `ref:` (its id, name, alias or acronym) and
 * gives only what this source adds: aliases, properties, no required fields. Its fields are checked
 * against its label's schema once the label is known: now for an id, after resolution for a name.
 */
export function checkPatch(
  parsed: ParsedSeed,
  path: YamlPath,
  value: Record<string, unknown>,
  issues: SeedIssue[],
): ValidPatch | undefined {
  const ref = value.ref;
  if (typeof ref !== 'string' || !ref.trim()) {
    const msg = '`ref` must name a known entity: its id, name, alias or acronym';
    issues.push(
      issue(parsed.file, parsed.positionOf([...path, 'ref']), SeedIssueCode.INVALID_VALUE, msg),
    );
    return undefined;
  }
  const check = (label: Label, id: string) => checkFields(parsed, path, value, label, id);
  if (looksLikeId(ref)) {
    const label = labelOfId(ref);
    if (!label) {
      const msg = `'${ref}' is not an id: expected <prefix>:<slug>`;
      issues.push(
        issue(parsed.file, parsed.positionOf([...path, 'ref']), SeedIssueCode.BAD_ID, msg),
      );
      return undefined;
    }
    const early = check(label, ref);
    if (early.issues.length) {
      issues.push(...early.issues);
      return undefined;
    }
  }
  return {
    file: parsed.file,
    ref,
    at: new EntryPosition(parsed.positionOf, path),
    check,
  };
}

function checkFields(
  parsed: ParsedSeed,
  path: YamlPath,
  value: Record<string, unknown>,
  label: Label,
  id: string,
): { entity?: ValidEntity; issues: SeedIssue[] } {
  const result = patchSchemaOf(label).safeParse(value);
  if (!result.success) return { issues: zodIssues(parsed, path, result.error) };
  const { ref: _ref, ...fields } = result.data as Record<string, unknown>;
  const entity = toEntity(parsed, path, { ...fields, id }, label);
  const issues: SeedIssue[] = [];
  checkDates(parsed, path, entity.props, issues);
  return issues.length ? { issues } : { entity, issues };
}
