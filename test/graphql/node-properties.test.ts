import { Kind, type FieldDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';
import { ENTITY_SCHEMAS, MENTION_FIELDS } from '../../src/model/entity-schemas.js';
import { LABELS, type Label } from '../../src/model/labels.js';

// Node properties are declared once, in the model's entity schemas; the SDL must expose each one
// on its label's type, and may add only derived fields (relationships, @cypher) or the few
// properties the loaders keep themselves.
const doc = loadTypeDefs();
const LOADER_PROPERTIES = new Set(['title', 'origin', 'importedWith']);
const NOT_PROPERTIES = new Set<string>([...MENTION_FIELDS, 'quantities']);
/** Fields a type declares for a shared shape and leaves null (Project.kind, for `Affiliation`). */
const DECLARED_NULL = new Set(['Project.kind']);

function fieldsOf(label: Label): FieldDefinitionNode[] {
  return doc.definitions.flatMap((d) =>
    (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    d.name.value === label
      ? [...(d.fields ?? [])]
      : [],
  );
}

const stored = (f: FieldDefinitionNode): boolean =>
  !f.directives?.some((d) => ['relationship', 'cypher'].includes(d.name.value)) &&
  !f.name.value.endsWith('Connection');

const modelProperties = (label: Label): string[] =>
  Object.keys((ENTITY_SCHEMAS[label] as unknown as { shape: object }).shape).filter(
    (k) => !NOT_PROPERTIES.has(k),
  );

describe('node properties: the model and the SDL agree', () => {
  it.each(LABELS)('every property of a %s in the model is a field of its GraphQL type', (label) => {
    const fields = new Set(fieldsOf(label).map((f) => f.name.value));
    expect(fields.size).toBeGreaterThan(3);
    expect(modelProperties(label).filter((p) => !fields.has(p))).toEqual([]);
  });

  it.each(LABELS)('every stored field of the %s type is a property of the model', (label) => {
    const model = new Set(modelProperties(label));
    const extra = fieldsOf(label)
      .filter(stored)
      .map((f) => f.name.value)
      .filter((name) => !model.has(name) && !LOADER_PROPERTIES.has(name))
      .filter((name) => !DECLARED_NULL.has(`${label}.${name}`));
    expect(extra).toEqual([]);
  });
});
