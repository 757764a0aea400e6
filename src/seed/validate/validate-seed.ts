import { checkDates } from './check-dates.js';
import { EntryPosition } from './entry-position.js';
import { checkPatch } from './patch-entry.js';
import { sourceEntity } from './source-entity.js';
import { checkSpansInText } from './spans-in-text.js';
import { toEntity } from './to-entity.js';
import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import { ENTITY_SCHEMAS } from '../../model/entity-schemas.js';
import { labelOfId, PREFIX_LIST } from '../../model/labels.js';
import { isRelationshipType, RELATIONSHIP_SCHEMAS } from '../../model/relationship-types.js';
import { SeedFileShape, SourceSchema } from '../format/seed-file-schema.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';
import type {
  Props,
  ValidEntity,
  ValidMention,
  ValidPatch,
  ValidRelationship,
  ValidSeed,
} from './valid-seed.js';
import { zodIssues } from './zod-issues.js';

/** Checks one parsed file against the format; collects every problem rather than stopping early. */
export function validateSeed(parsed: ParsedSeed): { seed?: ValidSeed; issues: SeedIssue[] } {
  const { file } = parsed;
  const issues: SeedIssue[] = [];
  const data = parsed.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    const msg = 'expected a mapping with source, entities, relationships';
    return { issues: [issue(file, parsed.positionOf([]), SeedIssueCode.INVALID_VALUE, msg)] };
  }
  if (!('source' in data)) {
    const msg = 'no `source:` block: every fact needs the document it comes from';
    issues.push(issue(file, parsed.positionOf([]), SeedIssueCode.MISSING_SOURCE, msg));
  }
  const shape = SeedFileShape.safeParse(data);
  if (!shape.success) return { issues: [...issues, ...zodIssues(parsed, [], shape.error)] };
  const raw = shape.data;
  const checkedSource = SourceSchema.safeParse(raw.source);
  if (!checkedSource.success && raw.source !== undefined) {
    issues.push(...zodIssues(parsed, ['source'], checkedSource.error));
  }
  if (!checkedSource.success) return { issues };
  const { entity: source, copy } = sourceEntity(parsed, checkedSource.data, issues);
  const ids = new Map<string, number>([[source.id, 0]]);
  const entities: ValidEntity[] = [];
  const patches: ValidPatch[] = [];
  (raw.entities ?? []).forEach((value, index) => {
    if (isPatch(value)) {
      const patch = checkPatch(parsed, ['entities', index], value, issues);
      if (patch) patches.push(patch);
      return;
    }
    const entity = checkEntity(parsed, ['entities', index], value, issues);
    if (!entity) return;
    if (ids.has(entity.id)) {
      const msg = `'${entity.id}' is declared twice in this file (merge the two entries)`;
      issues.push(issue(file, entity.at.of('id'), SeedIssueCode.DUPLICATE_ID, msg));
      return;
    }
    ids.set(entity.id, index);
    entities.push(entity);
  });
  const relationships = (raw.relationships ?? []).flatMap((value, index) => {
    const rel = checkRelationship(parsed, ['relationships', index], value, issues);
    return rel ? [rel] : [];
  });
  const mentions = (raw.mentions ?? []).map((m, index) =>
    toMention(file, m, parsed.positionOf, index),
  );
  if (copy) checkSpansInText(parsed, raw, copy, issues);
  if (issues.length) return { issues };
  const seed = { file, sourceId: source.id, source, entities, patches, relationships, mentions };
  return { seed, issues };
}

/** An entry with `ref:` and no `id:` adds to a known entity. */
const isPatch = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && 'ref' in value && !('id' in value);

function checkEntity(parsed: ParsedSeed, path: YamlPath, value: unknown, issues: SeedIssue[]) {
  const id = (value as { id?: unknown } | null)?.id;
  const label = typeof id === 'string' ? labelOfId(id) : undefined;
  if (!label) {
    const msg =
      typeof id === 'string'
        ? `'${id}' is not an id: expected <prefix>:<slug> with prefix ${PREFIX_LIST}`
        : 'missing required `id` (e.g. person:henna-virkkunen)';
    issues.push(
      issue(
        parsed.file,
        parsed.positionOf(typeof id === 'string' ? [...path, 'id'] : path),
        SeedIssueCode.BAD_ID,
        msg,
      ),
    );
    return undefined;
  }
  const result = ENTITY_SCHEMAS[label].safeParse(value);
  if (!result.success) {
    issues.push(...zodIssues(parsed, path, result.error));
    return undefined;
  }
  const entity = toEntity(parsed, path, result.data as Record<string, unknown>, label);
  checkDates(parsed, path, entity.props, issues);
  return entity;
}

function checkRelationship(
  parsed: ParsedSeed,
  path: YamlPath,
  value: unknown,
  issues: SeedIssue[],
) {
  const type = (value as { type?: unknown } | null)?.type;
  if (!isRelationshipType(type)) {
    const msg =
      typeof type === 'string'
        ? `unknown relationship type '${type}' (see seed/README.md for the list)`
        : 'missing required `type`';
    issues.push(
      issue(
        parsed.file,
        parsed.positionOf(typeof type === 'string' ? [...path, 'type'] : path),
        SeedIssueCode.UNKNOWN_RELATIONSHIP_TYPE,
        msg,
      ),
    );
    return undefined;
  }
  const result = RELATIONSHIP_SCHEMAS[type].safeParse(value);
  if (!result.success) {
    issues.push(...zodIssues(parsed, path, result.error));
    return undefined;
  }
  const {
    from,
    to,
    type: _type,
    prefer,
    ...props
  } = result.data as { from: string; to: string; type: string; prefer?: true | string[] } & Props;
  checkDates(parsed, path, props, issues);
  // The entry keeps the file's position look-up, not the parsed file (dropped after validation).
  const { positionOf } = parsed;
  const rel: ValidRelationship = {
    file: parsed.file,
    type,
    from,
    to,
    props,
    ...(prefer !== undefined ? { prefer } : {}),
    // Positions are looked up only when there is something to report (see parse.ts).
    at: new EntryPosition(positionOf, path),
  };
  return rel;
}

/** A mention entry; its position is looked up only when there is something to report. */
function toMention(
  file: string,
  m: Omit<ValidMention, 'file' | 'at'>,
  positionOf: ParsedSeed['positionOf'],
  index: number,
): ValidMention {
  return { file, ...m, at: new EntryPosition(positionOf, ['mentions', index]) };
}
