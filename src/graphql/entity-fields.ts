import { readFileSync } from 'node:fs';
import { Kind, parse, visit, type DefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { fromRoot } from '../config/paths.js';
import { ENTITY_SCHEMAS } from '../model/entity-schemas.js';
import { LABELS, type Label } from '../model/labels.js';

const TEMPLATE = fromRoot('graphql', 'derived', 'entity-fields.graphql');
const PLACEHOLDER = 'EntityFields';

/** True when the label's entity schema states figures (GraphQL `quantities`). */
const statesQuantities = (label: Label): boolean =>
  'quantities' in (ENTITY_SCHEMAS[label] as unknown as { shape: object }).shape;

/**
 * The provenance, claims and history fields of every entity type, derived from the domain model:
 * one `extend type <Label>` per label, made from graphql/derived/entity-fields.graphql.
 */
export function entityFieldExtensions(template = TEMPLATE): DefinitionNode[] {
  const [definition] = parse(readFileSync(template, 'utf8')).definitions;
  if (definition?.kind !== Kind.OBJECT_TYPE_EXTENSION || definition.name.value !== PLACEHOLDER)
    throw new Error(`${template}: expected one "extend type ${PLACEHOLDER}"`);
  return LABELS.map((label) => forLabel(definition, label));
}

function forLabel(template: ObjectTypeExtensionNode, label: Label): ObjectTypeExtensionNode {
  return visit(template, {
    Name: (node) => (node.value === PLACEHOLDER ? { ...node, value: label } : undefined),
    StringValue: (node) => ({
      ...node,
      value: node.value.replaceAll('{noun}', label.toLowerCase()),
    }),
    FieldDefinition: (node) =>
      node.name.value === 'quantities' && !statesQuantities(label) ? null : undefined,
  });
}
