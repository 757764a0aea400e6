import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DATE_ORDER, isCalendarDate } from './dates.js';
import { issue, SeedIssueCode, type SeedIssue } from './issues.js';
import { DATE_FIELDS, ENTITY_SCHEMAS, MENTION_FIELDS } from './model/entity-schemas.js';
import { labelOfId } from './model/labels.js';
import { isRelationshipType, RELATIONSHIP_SCHEMAS } from './model/relationship-types.js';
import { SeedFileShape, SourceSchema } from './model/seed-file-schema.js';
import type { ParsedSeed, YamlPath } from './parse.js';
import type {
  Props,
  ValidEntity,
  ValidMention,
  ValidRelationship,
  ValidSeed,
} from './validated.js';
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
  const source = sourceEntity(parsed, checkedSource.data, issues);
  const ids = new Map<string, number>([[source.id, 0]]);
  const entities: ValidEntity[] = [];
  (raw.entities ?? []).forEach((value, index) => {
    const entity = checkEntity(parsed, ['entities', index], value, issues);
    if (!entity) return;
    if (ids.has(entity.id)) {
      const msg = `'${entity.id}' is declared twice in this file (merge the two entries)`;
      issues.push(issue(file, entity.posOf('id'), SeedIssueCode.DUPLICATE_ID, msg));
      return;
    }
    ids.set(entity.id, index);
    entities.push(entity);
  });
  const relationships = (raw.relationships ?? []).flatMap((value, index) => {
    const rel = checkRelationship(parsed, ['relationships', index], value, issues);
    return rel ? [rel] : [];
  });
  const mentions: ValidMention[] = (raw.mentions ?? []).map((m, index) => ({
    file,
    ...m,
    pos: parsed.positionOf(['mentions', index]),
  }));
  if (issues.length) return { issues };
  return { seed: { file, sourceId: source.id, source, entities, relationships, mentions }, issues };
}

function sourceEntity(
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

function checkEntity(parsed: ParsedSeed, path: YamlPath, value: unknown, issues: SeedIssue[]) {
  const id = (value as { id?: unknown } | null)?.id;
  const label = typeof id === 'string' ? labelOfId(id) : undefined;
  if (!label) {
    const msg =
      typeof id === 'string'
        ? `'${id}' is not an id: expected <prefix>:<slug> with prefix person, org, initiative, project, event, doc, statement or topic`
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

function toEntity(
  parsed: ParsedSeed,
  path: YamlPath,
  data: Record<string, unknown>,
  label: ValidEntity['label'],
): ValidEntity {
  const { id, aliases, asWritten, quote, ...props } = data as {
    id: string;
    aliases?: string[];
    asWritten?: string;
    quote?: string;
  } & Props;
  for (const field of MENTION_FIELDS) delete (props as Record<string, unknown>)[field];
  return {
    file: parsed.file,
    id,
    label,
    props: props as Props,
    aliases: aliases ?? [],
    ...(asWritten !== undefined ? { asWritten } : {}),
    ...(quote !== undefined ? { quote } : {}),
    pos: parsed.positionOf(path),
    posOf: (field) => parsed.positionOf([...path, field]),
  };
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
    ...props
  } = result.data as { from: string; to: string; type: string } & Props;
  checkDates(parsed, path, props, issues);
  const rel: ValidRelationship = {
    file: parsed.file,
    type,
    from,
    to,
    props,
    pos: parsed.positionOf(path),
    fromPos: parsed.positionOf([...path, 'from']),
    toPos: parsed.positionOf([...path, 'to']),
  };
  return rel;
}

function checkDates(parsed: ParsedSeed, path: YamlPath, props: Props, issues: SeedIssue[]): void {
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
