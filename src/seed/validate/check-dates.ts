import { DATE_ORDER, isCalendarDate } from '../../model/names/calendar.js';
import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import { DATE_FIELDS } from '../../model/entity-schemas.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';
import type { Props } from './valid-seed.js';

/** Real calendar dates only, and no end before its start (since/until, start/end). */
export function checkDates(
  parsed: ParsedSeed,
  path: YamlPath,
  props: Props,
  issues: SeedIssue[],
): void {
  for (const [field, value] of Object.entries(props)) {
    if (DATE_FIELDS.has(field) && typeof value === 'string' && !isCalendarDate(value)) {
      const msg = `'${field}': ${value} is not a calendar date`;
      issues.push(
        issue(parsed.file, parsed.positionOf([...path, field]), SeedIssueCode.BAD_DATE, msg),
      );
    }
  }
  for (const [first, second] of DATE_ORDER) {
    const a = props[first];
    const b = props[second];
    if (
      typeof a === 'string' &&
      typeof b === 'string' &&
      isCalendarDate(a) &&
      isCalendarDate(b) &&
      a > b
    ) {
      const msg = `'${second}' (${b}) is before '${first}' (${a})`;
      issues.push(
        issue(parsed.file, parsed.positionOf([...path, second]), SeedIssueCode.BAD_DATE, msg),
      );
    }
  }
}
