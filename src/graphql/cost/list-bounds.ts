import type { GraphShape } from '../shape/graph-shape.js';
import { fanOutKey } from '../shape/graph-shape.js';
import type { SchemaIndex } from '../shape/schema-index.js';

/**
 * Lists whose length the Cypher behind them bounds (cypher/queries/*.cypher, cypher/audit/*.cypher)
 * whatever the graph holds.
 */
export const FIXED_SIZES: Record<string, number> = {
  'Network.nodes': 500,
  'Network.edges': 2000,
  'Network.paths': 25,
  'Query.commonConnections': 100,
  sources: 200,
  history: 100,
};

/** How many items one parent object can have in a list: the data's bound and the request's. */
export interface ListBound {
  /** Most items per parent the graph can return (Infinity when the shape does not say). */
  readonly data: number;
  /** Most items per parent in the graph in all, summed over parents that are distinct. */
  readonly total: number;
  /** What this parent type is called in messages (e.g. "organisation"). */
  readonly per: string;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** A `where` on a property that few entities share bounds a list: `eq` → that many, `in` → × n. */
export function whereBound(
  where: unknown,
  labels: readonly string[],
  shape: GraphShape | undefined,
): number {
  if (!where || typeof where !== 'object') return Infinity;
  let bound = Infinity;
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'AND' && Array.isArray(value)) {
      for (const part of value) bound = Math.min(bound, whereBound(part, labels, shape));
    } else if (key === 'OR' && Array.isArray(value)) {
      bound = Math.min(bound, sum(value.map((part) => whereBound(part, labels, shape))));
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      bound = Math.min(bound, propertyBound(key, value as Record<string, unknown>, labels, shape));
    }
  }
  return bound;
}

function propertyBound(
  property: string,
  filter: Record<string, unknown>,
  labels: readonly string[],
  shape: GraphShape | undefined,
): number {
  const perValue =
    property === 'id'
      ? 1
      : shape
        ? sum(labels.map((l) => shape.valueMax[`${l}.${property}`] ?? 0))
        : Infinity;
  if (filter.eq !== undefined && filter.eq !== null) return perValue;
  if (Array.isArray(filter.in)) return perValue * filter.in.length;
  return Infinity;
}

/** The bound of a list field of `owner` (a GraphQL type name) named `field`, from the graph's shape. */
export function dataBound(
  index: SchemaIndex,
  shape: GraphShape | undefined,
  owner: string,
  field: string,
  targetType: string,
): ListBound {
  const ownerLabels = index.labels.get(owner) ?? [];
  const per = owner.toLowerCase();
  const fixed = FIXED_SIZES[`${owner}.${field}`] ?? FIXED_SIZES[field];
  if (!shape) return { data: fixed ?? Infinity, total: Infinity, per };
  const relationships = index.relationships.get(`${owner}.${field}`);
  if (relationships) {
    let data = 0;
    let total = 0;
    for (const label of ownerLabels) {
      let perNode = 0;
      for (const rel of relationships) {
        const targets = rel.targets.flatMap((t) => index.labels.get(t) ?? []);
        for (const end of new Set(targets)) {
          const fan = shape.fanOut[fanOutKey(label, rel.type, rel.out, end)];
          perNode += fan?.maxDegree ?? 0;
          total += fan?.total ?? 0;
        }
      }
      data = Math.max(data, perNode);
    }
    return { data, total, per };
  }
  const max = (record: Readonly<Record<string, number>>) =>
    Math.max(0, ...ownerLabels.map((l) => record[l] ?? 0));
  if (field === 'sources')
    return { data: Math.min(fixed ?? Infinity, max(shape.maxSources)), total: Infinity, per };
  if (field === 'claims' || field === 'quantities')
    return { data: max(shape.maxClaims), total: Infinity, per };
  if (field === 'documents' && owner === 'Claim')
    return { data: shape.nodes.Document ?? 0, total: Infinity, per };
  const targets = index.labels.get(targetType);
  const nodes = targets ? sum(targets.map((l) => shape.nodes[l] ?? 0)) : Infinity;
  return { data: Math.min(nodes, fixed ?? Infinity), total: Infinity, per };
}
