import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  SelectionSetNode,
} from 'graphql';
import { graphql } from '../graphql-cjs.js';
import { DEFAULT_LIST_SIZE } from '../limits.js';
import { readPage } from '../pagination.js';
import type { GraphShape } from '../shape/graph-shape.js';
import type { SchemaIndex } from '../shape/schema-index.js';
import { dataBound, FIXED_SIZES, whereBound } from './list-bounds.js';

const {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
} = graphql;

/** One list or object on the way to the costliest leaf: items in all, and per parent object. */
export interface CostStep {
  readonly field: string;
  readonly items: number;
  readonly perParent: number;
  readonly per: string;
  /** perParent is the typical fan-out of reached nodes, not the largest. */
  readonly typical?: boolean;
}

export interface Estimate {
  /** Objects the answer may hold, bounded by the graph's shape. */
  readonly cost: number;
  /** Objects the request asks for, as if every list were as long as its limit. */
  readonly requested: number;
  /** The costliest path, root first. */
  readonly path: CostStep[];
}

export interface EstimateInput {
  readonly schema: GraphQLSchema;
  readonly index: SchemaIndex;
  readonly shape: GraphShape | undefined;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Record<string, unknown>;
}

interface Parent {
  readonly type: GraphQLCompositeType;
  readonly items: number;
  readonly requested: number;
  /** The parent objects are distinct entities (a root list): their lists sum to ≤ the total. */
  readonly distinct: boolean;
  /** The page size asked of an object field (`meetingCounts(limit:)`): its lists are that long. */
  readonly pageSize?: number;
}

/** Each 100 items skipped (offset) cost like one item read. */
const OFFSET_COST_DIVISOR = 100;

const isConnection = (type: unknown): boolean =>
  isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();
const isEdge = (type: GraphQLCompositeType): boolean =>
  isObjectType(type) && 'node' in type.getFields() && 'cursor' in type.getFields();

function fieldsOf(
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  input: EstimateInput,
): [FieldNode, GraphQLCompositeType][] {
  return set.selections.flatMap((s): [FieldNode, GraphQLCompositeType][] => {
    if (s.kind === 'Field') return [[s, type]];
    const fragment = s.kind === 'InlineFragment' ? s : input.fragments.get(s.name.value);
    if (!fragment) return [];
    const condition = fragment.typeCondition?.name.value;
    const inner = condition ? input.schema.getType(condition) : type;
    return isCompositeType(inner) ? fieldsOf(fragment.selectionSet, inner, input) : [];
  });
}

/** Estimates a selection set under `parent`; the costliest child path is kept. */
export function estimateSelection(
  set: SelectionSetNode | undefined,
  parent: Parent,
  input: EstimateInput,
): Estimate {
  let cost = 0;
  let requested = 0;
  let path: CostStep[] = [];
  let worst = -1;
  for (const [node, owner] of set ? fieldsOf(set, parent.type, input) : []) {
    if (!('getFields' in owner)) continue;
    const def = owner.getFields()[node.name.value] as GraphQLField<unknown, unknown> | undefined;
    const named = def && getNamedType(def.type);
    if (!def || !isCompositeType(named)) continue;
    const field = estimateField(node, def, named, { ...parent, type: owner }, input);
    cost += field.cost;
    requested += field.requested;
    if (field.cost > worst) {
      worst = field.cost;
      path = field.path;
    }
  }
  return { cost, requested, path };
}

function estimateField(
  node: FieldNode,
  def: GraphQLField<unknown, unknown>,
  named: GraphQLCompositeType,
  parent: Parent,
  input: EstimateInput,
): Estimate {
  const owner = parent.type.name;
  const name = node.name.value;
  const args = getArgumentValues(def, node, input.variables);
  const nullable = getNullableType(def.type);
  const list = isListType(nullable) || isConnection(nullable);
  const passThrough = isConnection(parent.type) || isEdge(parent.type) || !list;
  const fixed = FIXED_SIZES[`${owner}.${name}`] ?? FIXED_SIZES[name];
  const page = readPage(`${owner}.${name}`, args, fixed ?? parent.pageSize ?? DEFAULT_LIST_SIZE);
  let perParent = 1;
  let requestedPer = 1;
  let per = parent.type.name.toLowerCase();
  let typical = false;
  let items: number;
  if (passThrough) {
    items = parent.items;
  } else {
    const bound = dataBound(input.index, input.shape, owner, name, connectionNode(named));
    const filtered = whereBound(
      args.where,
      input.index.labels.get(connectionNode(named)) ?? [],
      input.shape,
    );
    const asked = page?.size ?? fixed ?? parent.pageSize ?? DEFAULT_LIST_SIZE;
    requestedPer = Math.min(asked, filtered === Infinity ? asked : filtered);
    // One parent may be the busiest node there is; many parents reached through relationships
    // have, on average, the degree of a reached node (with a margin): list-bounds.ts.
    const fanOut = parent.items <= 1 || parent.distinct ? bound.data : bound.typical;
    perParent = Math.min(asked, fanOut, filtered);
    typical = fanOut < bound.data && perParent === fanOut;
    per = bound.per;
    items = parent.items * perParent;
    if (parent.distinct) items = Math.min(items, bound.total);
  }
  const offsetCost = Math.ceil((page?.offset ?? 0) / OFFSET_COST_DIVISOR);
  const requestedItems = parent.requested * requestedPer;
  const child = estimateSelection(
    node.selectionSet,
    {
      type: named,
      items,
      requested: requestedItems,
      distinct: owner === 'Query' || (parent.distinct && passThrough),
      ...(!list && page ? { pageSize: page.size } : {}),
    },
    input,
  );
  const step: CostStep = { field: `${owner}.${name}`, items, perParent, per, typical };
  return {
    cost: offsetCost + (isConnection(named) || isEdge(named) ? 0 : items) + child.cost,
    requested: requestedItems + child.requested,
    path: passThrough ? child.path : [step, ...child.path],
  };
}

/** A connection type's node type name (or the type itself). */
function connectionNode(type: GraphQLCompositeType): string {
  if (!isConnection(type) || !isObjectType(type)) return type.name;
  const edge = getNamedType(type.getFields().edges!.type);
  if (!isObjectType(edge)) return type.name;
  return getNamedType(edge.getFields().node!.type).name;
}
