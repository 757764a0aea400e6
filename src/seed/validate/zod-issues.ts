import type { z } from 'zod';
import { DATE_FIELDS } from '../../model/entity-schemas.js';
import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';

/** Translates zod's issues into seed issues placed at their line and column. */
export function zodIssues(parsed: ParsedSeed, base: YamlPath, error: z.ZodError): SeedIssue[] {
  return error.issues.map((zi) => {
    const path = [...base, ...(zi.path as (string | number)[])];
    const field = String(path[path.length - 1] ?? '');
    if (zi.code === 'unrecognized_keys') {
      const key = zi.keys[0] ?? '';
      const more = zi.keys.length > 1 ? ` (and ${zi.keys.slice(1).join(', ')})` : '';
      return issue(
        parsed.file,
        parsed.positionOf([...path, key], true),
        SeedIssueCode.UNKNOWN_KEY,
        `unknown key '${key}'${more}${where(path)}`,
      );
    }
    const at = parsed.positionOf(path);
    if (field === 'id' && zi.code === 'invalid_format') {
      return issue(parsed.file, at, SeedIssueCode.BAD_ID, `${zi.message}${where(path)}`);
    }
    if (DATE_FIELDS.has(field) && zi.code === 'invalid_format') {
      return issue(parsed.file, at, SeedIssueCode.BAD_DATE, `'${field}': ${zi.message}`);
    }
    const missing = zi.code === 'invalid_type' && zi.message.includes('received undefined');
    const message = missing
      ? `missing required '${field}'${where(path.slice(0, -1))}`
      : `'${field}': ${zi.message}`;
    return issue(parsed.file, at, SeedIssueCode.INVALID_VALUE, message);
  });
}

function where(path: YamlPath): string {
  const parts = path.filter((p) => typeof p === 'string' || typeof p === 'number');
  return parts.length
    ? ` in ${parts
        .map((p) => (typeof p === 'number' ? `[${p}]` : p))
        .join('.')
        .replace(/\.\[/g, '[')}`
    : '';
}
