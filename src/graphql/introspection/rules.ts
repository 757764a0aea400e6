import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '../../errors/codes.js';
import { MAX_INTROSPECTION_DEPTH } from '../limits.js';

/** What each introspection type may select below it (field → the introspection type it leads to). */
const SHAPE: Record<string, Record<string, string | null>> = {
  __Schema: {
    description: null,
    types: '__Type',
    queryType: '__TypeRef',
    mutationType: '__TypeRef',
    subscriptionType: '__TypeRef',
    directives: '__Directive',
  },
  __Type: {
    kind: null,
    name: null,
    description: null,
    specifiedByURL: null,
    isOneOf: null,
    fields: '__Field',
    interfaces: '__TypeRef',
    possibleTypes: '__TypeRef',
    enumValues: '__EnumValue',
    inputFields: '__InputValue',
    ofType: '__TypeRef',
  },
  // A type met through a reference: its name and wrapping only; its definition is in `types`.
  __TypeRef: { kind: null, name: null, ofType: '__TypeRef' },
  __Field: {
    name: null,
    description: null,
    args: '__InputValue',
    type: '__TypeRef',
    isDeprecated: null,
    deprecationReason: null,
  },
  __InputValue: {
    name: null,
    description: null,
    type: '__TypeRef',
    defaultValue: null,
    isDeprecated: null,
    deprecationReason: null,
  },
  __EnumValue: { name: null, description: null, isDeprecated: null, deprecationReason: null },
  __Directive: {
    name: null,
    description: null,
    isRepeatable: null,
    locations: null,
    args: '__InputValue',
  },
};

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

const tooComplex = (message: string): GraphQLError =>
  new GraphQLError(message, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } });

/**
 * Bounds introspection: `__schema`/`__type` form an operation of their own (nothing else at the
 * root but `__typename`), at most one `__schema`, at most MAX_INTROSPECTION_DEPTH levels, and a
 * type reached through a reference (`type`, `ofType`, `interfaces`…) selects only kind, name and
 * ofType. So one operation returns at most the full introspection once (what GraphiQL asks for),
 * never a schema nested into itself. Runs while introspection is enabled at all.
 */
export const introspectionRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(operation) {
    const roots = rootFields(context, operation.selectionSet, new Set());
    const introspective = roots.filter((r) => INTROSPECTION_ROOTS.has(r.name));
    if (introspective.length === 0) return;
    if (roots.some((r) => !INTROSPECTION_ROOTS.has(r.name) && r.name !== '__typename')) {
      context.reportError(
        tooComplex(
          'Introspection (__schema, __type) must be an operation of its own: send the data fields in another request.',
        ),
      );
      return;
    }
    if (introspective.filter((r) => r.name === '__schema').length > 1) {
      context.reportError(tooComplex('At most one __schema is allowed per operation.'));
      return;
    }
    for (const root of introspective) {
      const shape = root.name === '__schema' ? '__Schema' : '__Type';
      const problem = checkShape(context, root.selections, shape, 1, new Set());
      if (problem) {
        context.reportError(tooComplex(`Introspection: ${problem}`));
        return;
      }
    }
  },
});

interface RootField {
  readonly name: string;
  readonly selections: SelectionSetNode | undefined;
}

function rootFields(
  context: ValidationContext,
  set: SelectionSetNode,
  seen: Set<string>,
): RootField[] {
  return set.selections.flatMap((s): RootField[] => {
    if (s.kind === Kind.FIELD) return [{ name: s.name.value, selections: s.selectionSet }];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(context, s.selectionSet, seen);
    const fragment = context.getFragment(s.name.value);
    if (!fragment || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return rootFields(context, fragment.selectionSet, seen);
  });
}

function checkShape(
  context: ValidationContext,
  set: SelectionSetNode | undefined,
  shape: string,
  depth: number,
  active: Set<string>,
): string | undefined {
  if (!set) return undefined;
  if (depth > MAX_INTROSPECTION_DEPTH) {
    return `depth limit of ${MAX_INTROSPECTION_DEPTH} exceeded.`;
  }
  for (const s of set.selections) {
    let problem: string | undefined;
    if (s.kind === Kind.FIELD) {
      const name = s.name.value;
      if (name === '__typename') continue;
      const allowed = SHAPE[shape] ?? {};
      if (!(name in allowed)) {
        return shape === '__TypeRef'
          ? `below a type reference only kind, name and ofType may be selected (found "${name}"); read the type itself in __schema.types.`
          : `"${name}" cannot be selected here.`;
      }
      const next = allowed[name];
      if (next) problem = checkShape(context, s.selectionSet, next, depth + 1, active);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      problem = checkShape(context, s.selectionSet, shape, depth, active);
    } else {
      const fragment = context.getFragment(s.name.value);
      if (!fragment || active.has(s.name.value)) continue;
      active.add(s.name.value);
      problem = checkShape(context, fragment.selectionSet, shape, depth, active);
      active.delete(s.name.value);
    }
    if (problem) return problem;
  }
  return undefined;
}
