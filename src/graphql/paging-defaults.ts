import type { GraphQLSchema } from 'graphql';
import { graphql } from './graphql-cjs.js';
import { DEFAULT_LIST_SIZE } from './limits.js';

const { isObjectType, isInterfaceType, getNullableType } = graphql;

/**
 * Every `…Connection` field gets `first: Int = 50`. @neo4j/graphql applies the @limit default (50)
 * to a connection asked without `first` but then answers `hasNextPage: false` whatever is left, so
 * a client paging through stopped after page one; with the default written into the schema the
 * page size is explicit and `hasNextPage` is true whenever more items exist.
 */
export function defaultConnectionFirst(schema: GraphQLSchema): number {
  let changed = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNullableType(field.type) as { name?: string };
      const first = field.args.find((a) => a.name === 'first');
      if (!first || !returned.name?.endsWith('Connection') || first.defaultValue !== undefined)
        continue;
      (first as { defaultValue: unknown }).defaultValue = DEFAULT_LIST_SIZE;
      if (first.astNode) {
        (first as { astNode: unknown }).astNode = {
          ...first.astNode,
          defaultValue: { kind: graphql.Kind.INT, value: String(DEFAULT_LIST_SIZE) },
        };
      }
      changed++;
    }
  }
  return changed;
}
