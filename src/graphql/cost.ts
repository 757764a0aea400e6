import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/codes.js';
import { graphql, queryComplexity } from './graphql-cjs.js';
import { DEFAULT_LIST_SIZE, MAX_COST } from './limits.js';
import { readPage } from './pagination.js';

/**
 * Lists whose length the Cypher behind them bounds (cypher/queries/*.cypher, cypher/audit/*.cypher);
 * a field not named here and not paginated counts DEFAULT_LIST_SIZE items.
 */
const LIST_SIZES: Record<string, number> = {
  'Network.nodes': 500,
  'Network.edges': 2000,
  'Query.commonConnections': 100,
  sources: 200,
  history: 100,
};

/** Each 100 items skipped (offset) cost like one item read. */
const OFFSET_COST_DIVISOR = 100;

const { GraphQLError, getNamedType, getNullableType, isCompositeType, isListType, isObjectType } =
  graphql;

/** A `where` on the unique id bounds a list: `id: { eq }` → 1 item, `id: { in: [...] }` → that many. */
function idBound(args: Record<string, unknown>): number | undefined {
  const id = (args.where as { id?: { eq?: unknown; in?: unknown } } | null | undefined)?.id;
  if (typeof id?.eq === 'string') return 1;
  return Array.isArray(id?.in) ? id.in.length : undefined;
}

const isConnection = (type: unknown): boolean =>
  isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();

/**
 * Cost ≈ the number of objects an operation may return: a list field costs (items × (1 + cost of
 * its selection)) + offset/100, an object field 1 + its selection, a scalar nothing. Items come
 * from `limit`/`first` (variables and defaults included, cut to 500 as @limit does), else the list
 * default (50) or the bound of the Cypher (LIST_SIZES); a `where` on the id bounds them too. A
 * connection multiplies its whole selection by `first`; its `edges` then count once.
 */
const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const where = `${type.name}.${field.name}`;
  const nullable = getNullableType(field.type);
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return 0;
  const fixed = LIST_SIZES[where] ?? LIST_SIZES[field.name];
  const page = readPage(where, args, fixed ?? DEFAULT_LIST_SIZE);
  const offsetCost = Math.ceil((page?.offset ?? 0) / OFFSET_COST_DIVISOR);
  const bound = idBound(args) ?? Infinity;
  if (isConnection(nullable)) {
    return 1 + offsetCost + Math.min(page?.size ?? DEFAULT_LIST_SIZE, bound) * childComplexity;
  }
  if (!isListType(nullable) || isConnection(type)) return 1 + childComplexity;
  const size = Math.min(page?.size ?? fixed ?? DEFAULT_LIST_SIZE, bound);
  return offsetCost + size * (1 + childComplexity);
};

export interface CostRequest {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly variables: Record<string, unknown> | undefined;
  readonly operationName: string | undefined;
}

/**
 * The operation's cost, evaluated with its variables; throws QUERY_TOO_COMPLEX above `maxCost`,
 * BAD_USER_INPUT for bad pagination arguments or variables that do not fit their types.
 */
export function checkCost(request: CostRequest, maxCost = MAX_COST): number {
  let cost: number;
  try {
    cost = queryComplexity.getComplexity({
      schema: request.schema,
      query: request.document,
      variables: request.variables ?? {},
      ...(request.operationName ? { operationName: request.operationName } : {}),
      estimators: [estimator],
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code) throw error;
    throw new GraphQLError(error instanceof Error ? error.message : String(error), {
      extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
    });
  }
  if (cost > maxCost) {
    throw new GraphQLError(
      `Query cost limit of ${maxCost} exceeded, found ${cost}: ask for fewer items (limit, first) or less nesting.`,
      { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } },
    );
  }
  return cost;
}
