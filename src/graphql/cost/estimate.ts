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
import { ErrorCode } from '../../errors/codes.js';
import {
  connectionNode,
  countsAll,
  fanOut,
  hasWhere,
  isConnection,
  isEdge,
  statesSize,
} from './field-shape.js';
import { FIXED_SIZES, whereBound } from './list-bounds.js';
import { checkFilterDepth, workOf } from './work.js';

const { getArgumentValues, getNamedType, getNullableType, isCompositeType, isListType } = graphql;

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
  /** Fields left to estimate (MAX_FIELDS_ESTIMATED per request). */
  readonly budget: { left: number };
}

export interface Parent {
  readonly type: GraphQLCompositeType;
  readonly items: number;
  readonly requested: number;
  /** The parent objects are distinct entities (a root list): their lists sum to ≤ the total. */
  readonly distinct: boolean;
  /** The page size asked of an object field (`meetingCounts(limit:)`): its lists are that long. */
  readonly pageSize?: number;
  /** The parent objects were chosen by a `where` (maybe the busiest entities there are). */
  readonly filtered?: boolean;
  /** Under a connection: how many connection objects there are (its pageInfo, aggregate). */
  readonly instances?: number;
}

/** Each 100 items skipped (offset) cost like one item read. */
const OFFSET_COST_DIVISOR = 100;

/** Fields estimated per request at most (a guard against documents built to be slow to walk). */
export const MAX_FIELDS_ESTIMATED = 5_000;

/**
 * The fields of a selection set through its fragments. As graphql's executor does, a fragment
 * spread more than once in one selection set is walked once.
 */
function fieldsOf(
  set: SelectionSetNode,
  type: GraphQLCompositeType,
  input: EstimateInput,
  seen = new Set<string>(),
): [FieldNode, GraphQLCompositeType][] {
  return set.selections.flatMap((s): [FieldNode, GraphQLCompositeType][] => {
    if (s.kind === 'Field') return [[s, type]];
    if (s.kind === 'FragmentSpread') {
      if (seen.has(s.name.value)) return [];
      seen.add(s.name.value);
    }
    const fragment = s.kind === 'InlineFragment' ? s : input.fragments.get(s.name.value);
    if (!fragment) return [];
    const condition = fragment.typeCondition?.name.value;
    const inner = condition ? input.schema.getType(condition) : type;
    return isCompositeType(inner) ? fieldsOf(fragment.selectionSet, inner, input, seen) : [];
  });
}

function spend(input: EstimateInput): void {
  input.budget.left -= 1;
  if (input.budget.left < 0) {
    throw new graphql.GraphQLError(
      `The document selects more than ${MAX_FIELDS_ESTIMATED} fields once its fragments are spread; ask a smaller question.`,
      { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } },
    );
  }
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
    spend(input);
    if (!('getFields' in owner)) continue;
    const def = owner.getFields()[node.name.value] as GraphQLField<unknown, unknown> | undefined;
    if (!def) continue;
    const named = getNamedType(def.type);
    const args = getArgumentValues(def, node, input.variables);
    checkFilterDepth(`${owner.name}.${node.name.value}`, args.where);
    const work = owner.name === 'Query' ? workOf(node.name.value, args, input.shape) : 0;
    if (!isCompositeType(named)) {
      cost += work;
      continue;
    }
    const field = estimateField(node, args, def, named, { ...parent, type: owner }, input);
    cost += field.cost + work;
    requested += field.requested;
    if (field.cost + work > worst) {
      worst = field.cost + work;
      path = field.path;
    }
  }
  return { cost, requested, path };
}

function estimateField(
  node: FieldNode,
  args: Record<string, unknown>,
  def: GraphQLField<unknown, unknown>,
  named: GraphQLCompositeType,
  parent: Parent,
  input: EstimateInput,
): Estimate {
  const owner = parent.type.name;
  const name = node.name.value;
  const nullable = getNullableType(def.type);
  const list = isListType(nullable) || isConnection(nullable);
  const passThrough = isConnection(parent.type) || isEdge(parent.type) || !list;
  const fixed = FIXED_SIZES[`${owner}.${name}`] ?? FIXED_SIZES[name];
  const page = readPage(`${owner}.${name}`, args, fixed ?? parent.pageSize ?? DEFAULT_LIST_SIZE);
  const labels = input.index.labels.get(connectionNode(named)) ?? [];
  let step: CostStep | undefined;
  let items = parent.items;
  let requestedPer = 1;
  let counted = 0;
  if (passThrough) {
    // A connection's pageInfo and aggregate are one per connection, its edges one per item.
    if (isConnection(parent.type) && name !== 'edges') items = parent.instances ?? parent.items;
  } else {
    const asked = page?.size ?? fixed ?? parent.pageSize ?? DEFAULT_LIST_SIZE;
    // The request's own size, whatever the graph holds: the sizes it states (limit, first), only
    // an id narrowing them; a list left at its default counts once (the shape bounds it).
    requestedPer = statesSize(node)
      ? Math.min(asked, whereBound(args.where, labels, undefined))
      : 1;
    const fan = fanOut(input, parent, owner, name, named, args.where, labels);
    const perParent = Math.min(asked, fan.perParent);
    items = parent.items * perParent;
    if (parent.distinct) items = Math.min(items, fan.total);
    step = {
      field: `${owner}.${name}`,
      items,
      perParent,
      per: fan.per,
      typical: fan.typical && perParent < asked,
    };
    if (isConnection(named) && countsAll(node))
      counted = Math.ceil((parent.items * fan.unpaged) / 100);
  }
  const offsetCost = parent.items * Math.ceil((page?.offset ?? 0) / OFFSET_COST_DIVISOR);
  const requestedItems = parent.requested * requestedPer;
  const child = estimateSelection(
    node.selectionSet,
    {
      type: named,
      items,
      requested: requestedItems,
      distinct: owner === 'Query' || (parent.distinct && passThrough),
      filtered: hasWhere(args.where) || (passThrough && parent.filtered),
      ...(isConnection(named) ? { instances: parent.items } : {}),
      ...(!list && page ? { pageSize: page.size } : {}),
    },
    input,
  );
  return {
    cost: offsetCost + counted + (isConnection(named) || isEdge(named) ? 0 : items) + child.cost,
    requested: requestedItems + child.requested,
    path: step ? [step, ...child.path] : child.path,
  };
}
