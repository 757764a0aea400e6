import { Kind, type DocumentNode, type FieldDefinitionNode, type TypeNode } from 'graphql';

/** One `@relationship` field of graphql/*.graphql, union and interface targets expanded. */
export interface SdlRelationship {
  readonly owner: string;
  readonly field: string;
  readonly type: string;
  readonly out: boolean;
  readonly props: string | undefined;
  readonly targets: string[];
}

const namedType = (t: TypeNode): string =>
  t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type);

function argument(field: FieldDefinitionNode, directive: string, name: string): string | undefined {
  const d = field.directives?.find((x) => x.name.value === directive);
  const value = d?.arguments?.find((a) => a.name.value === name)?.value;
  return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM)
    ? value.value
    : undefined;
}

/** Every relationship field of the SDL, read from its directives (no schema build needed). */
export function sdlRelationships(doc: DocumentNode): SdlRelationship[] {
  // Union members and interface implementations: what can be at the other end of a field.
  const unions = new Map<string, string[]>();
  const add = (name: string, member: string) =>
    unions.set(name, [...(unions.get(name) ?? []), member]);
  for (const def of doc.definitions) {
    if (def.kind === Kind.UNION_TYPE_DEFINITION)
      for (const t of def.types ?? []) add(def.name.value, t.name.value);
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION)
      for (const i of def.interfaces ?? []) add(i.name.value, def.name.value);
  }
  const found: SdlRelationship[] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION)
      continue;
    for (const field of def.fields ?? []) {
      const type = argument(field, 'relationship', 'type');
      if (!type) continue;
      const target = namedType(field.type);
      found.push({
        owner: def.name.value,
        field: field.name.value,
        type,
        out: argument(field, 'relationship', 'direction') === 'OUT',
        props: argument(field, 'relationship', 'properties'),
        targets: unions.get(target) ?? [target],
      });
    }
  }
  return found;
}

/** The fields of each `@relationshipProperties` type. */
export function sdlPropertyTypes(doc: DocumentNode): Map<string, string[]> {
  const types = new Map<string, string[]>();
  for (const def of doc.definitions)
    if (
      def.kind === Kind.OBJECT_TYPE_DEFINITION &&
      def.directives?.some((d) => d.name.value === 'relationshipProperties')
    )
      types.set(def.name.value, def.fields?.map((f) => f.name.value) ?? []);
  return types;
}
