import { Kind, type DocumentNode } from 'graphql';
import { sdlRelationships, type SdlRelationship } from './sdl-relationships.js';
import { loadTypeDefs } from '../type-defs.js';

/**
 * What the cost model needs to know of graphql/*.graphql, read from the type definitions once:
 * the Neo4j label of each node type (interfaces and unions: their members' labels), each
 * relationship field (also under its `…Connection` name) and the scalar properties of node types.
 */
export interface SchemaIndex {
  /** GraphQL type name → the labels its objects can have. */
  readonly labels: ReadonlyMap<string, readonly string[]>;
  /** `Owner.field` (and `Owner.fieldConnection`) → the relationship; interfaces by implementation. */
  readonly relationships: ReadonlyMap<string, readonly SdlRelationship[]>;
  /** Scalar (non-list) properties of node types: those whose value sharing the shape reads. */
  readonly properties: readonly string[];
}

const SKIPPED_PROPERTIES = new Set(['description', 'text', 'evidence', 'lines', 'claims']);

function nodeLabel(def: {
  name: { value: string };
  directives?: readonly { name: { value: string }; arguments?: readonly unknown[] }[];
}): string | undefined {
  const node = def.directives?.find((d) => d.name.value === 'node');
  if (!node) return undefined;
  const labels = (node.arguments ?? []).find(
    (a) => (a as { name: { value: string } }).name.value === 'labels',
  ) as { value: { kind: string; values?: { value: string }[] } } | undefined;
  return labels?.value.values?.[0]?.value ?? def.name.value;
}

export function indexSchema(doc: DocumentNode): SchemaIndex {
  const labels = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  const addMember = (group: string, type: string) =>
    members.set(group, [...(members.get(group) ?? []), type]);
  const properties = new Set<string>();
  for (const def of doc.definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION) {
      const label = nodeLabel(def);
      if (!label) continue;
      labels.set(def.name.value, [label]);
      for (const i of def.interfaces ?? []) addMember(i.name.value, def.name.value);
      for (const f of def.fields ?? []) {
        const scalar = f.type.kind !== Kind.LIST_TYPE && !f.directives?.length;
        const inner = f.type.kind === Kind.NON_NULL_TYPE ? f.type.type : f.type;
        if (scalar && inner.kind === Kind.NAMED_TYPE && !SKIPPED_PROPERTIES.has(f.name.value)) {
          properties.add(f.name.value);
        }
      }
    }
    if (def.kind === Kind.UNION_TYPE_DEFINITION) {
      for (const t of def.types ?? []) addMember(def.name.value, t.name.value);
    }
  }
  for (const [group, types] of members) {
    labels.set(group, [...new Set(types.flatMap((t) => labels.get(t) ?? []))]);
  }
  const relationships = new Map<string, SdlRelationship[]>();
  const add = (key: string, rel: SdlRelationship) =>
    relationships.set(key, [...(relationships.get(key) ?? []), rel]);
  for (const rel of sdlRelationships(doc)) {
    const owners = [
      rel.owner,
      ...[...members].filter(([, t]) => t.includes(rel.owner)).map(([g]) => g),
    ];
    for (const owner of owners) {
      add(`${owner}.${rel.field}`, rel);
      add(`${owner}.${rel.field}Connection`, rel);
    }
  }
  return { labels, relationships, properties: [...properties].sort() };
}

let cached: SchemaIndex | undefined;
/** The index of graphql/*.graphql, read once per process. */
export function schemaIndex(): SchemaIndex {
  cached ??= indexSchema(loadTypeDefs());
  return cached;
}
