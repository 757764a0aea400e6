import type { FieldNode, GraphQLCompositeType } from 'graphql';
import { graphql } from '../graphql-cjs.js';
import type { EstimateInput, Parent } from './estimate.js';
import { dataBound, whereBound } from './list-bounds.js';

const { getNamedType, isObjectType } = graphql;

/** What a field is, as the cost model sees it: connection, edge, a list with a stated size. */
export const isConnection = (type: unknown): boolean =>
  isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();
export const isEdge = (type: GraphQLCompositeType): boolean =>
  isObjectType(type) && 'node' in type.getFields() && 'cursor' in type.getFields();

/** The document gives this list a size (`limit` or `first`, literal or variable). */
export const statesSize = (node: FieldNode): boolean =>
  node.arguments?.some((a) => a.name.value === 'limit' || a.name.value === 'first') ?? false;

export const hasWhere = (where: unknown): boolean =>
  Boolean(where && typeof where === 'object' && Object.keys(where).length > 0);

/** A connection that asks for totalCount or an aggregate reads every item, not one page. */
export const countsAll = (node: FieldNode): boolean =>
  node.selectionSet?.selections.some(
    (s) => s.kind === 'Field' && (s.name.value === 'totalCount' || s.name.value === 'aggregate'),
  ) ?? false;

/**
 * Items per parent the graph can give: the largest fan-out for one parent, for parents that are
 * distinct entities (a root list) or were chosen by a `where` (maybe the busiest ones); the mean
 * fan-out of a reached node with a margin for many parents reached through relationships.
 */
export function fanOut(
  input: EstimateInput,
  parent: Parent,
  owner: string,
  name: string,
  named: GraphQLCompositeType,
  where: unknown,
  labels: readonly string[],
) {
  const bound = dataBound(input.index, input.shape, owner, name, connectionNode(named));
  const filtered = whereBound(where, labels, input.shape);
  const worst = parent.items <= 1 || parent.distinct || parent.filtered;
  const perNode = worst ? bound.data : bound.typical;
  return {
    perParent: Math.min(perNode, filtered),
    unpaged: Math.min(bound.data, filtered),
    total: bound.total,
    per: bound.per,
    typical: !worst && bound.typical < bound.data && perNode <= filtered,
  };
}

/** A connection type's node type name (or the type itself). */
export function connectionNode(type: GraphQLCompositeType): string {
  if (!isConnection(type) || !isObjectType(type)) return type.name;
  const edge = getNamedType(type.getFields().edges!.type);
  if (!isObjectType(edge)) return type.name;
  return getNamedType(edge.getFields().node!.type).name;
}
