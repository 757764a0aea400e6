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
  'WeightedNetwork.nodes': 1001,
  'WeightedNetwork.edges': 5000,
  'WeightedNetwork.timeline': 600,
  'Query.commonConnections': 100,
  sources: 200,
  history: 100,
};

/** How many items one parent object can have in a list: the data's bound and the request's. */
export interface ListBound {
  /** Most items per parent the graph can return (Infinity when the shape does not say). */
  readonly data: number;
  /**
   * Items per parent when the parents were themselves reached through relationships (many of
   * them): the mean degree of a reached node with a margin (REACHED_MARGIN), at most `data`.
   */
  readonly typical: number;
  /** Most items per parent in the graph in all, summed over parents that are distinct. */
  readonly total: number;
  /** What this parent type is called in messages (e.g. "organisation"). */
  readonly per: string;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** The margin over the mean degree of reached nodes (see ListBound.typical). */
export const REACHED_MARGIN = 1.5;

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
  // A property the shape read and no entity of these labels has matches nothing; one it did not
  // read (a long text) bounds nothing.
  const perValue =
    property === 'id'
      ? 1
      : shape?.readProperties.includes(property)
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
  const plain = (data: number, total = Infinity): ListBound => ({
    data,
    typical: data,
    total,
    per,
  });
  if (!shape) return plain(fixed ?? Infinity);
  const relationships = index.relationships.get(`${owner}.${field}`);
  if (relationships) {
    let data = 0;
    let typical = 0;
    let total = 0;
    for (const label of ownerLabels) {
      let most = 0;
      let reached = 0;
      for (const rel of relationships) {
        const targets = rel.targets.flatMap((t) => index.labels.get(t) ?? []);
        for (const end of new Set(targets)) {
          const fan = shape.fanOut[fanOutKey(label, rel.type, rel.out, end)];
          most += fan?.maxDegree ?? 0;
          reached += fan?.reached ?? 0;
          total += fan?.total ?? 0;
        }
      }
      data = Math.max(data, most);
      typical = Math.max(typical, Math.min(most, Math.ceil(reached * REACHED_MARGIN)));
    }
    return { data, typical, total, per };
  }
  const max = (record: Readonly<Record<string, number>>) =>
    Math.max(0, ...ownerLabels.map((l) => record[l] ?? 0));
  if (field === 'sources') return plain(Math.min(fixed ?? Infinity, max(shape.maxSources)));
  if (field === 'claims' || field === 'quantities') return plain(max(shape.maxClaims));
  if (field === 'documents' && owner === 'Claim') return plain(shape.nodes.Document ?? 0);
  const targets = index.labels.get(targetType);
  const nodes = targets ? sum(targets.map((l) => shape.nodes[l] ?? 0)) : Infinity;
  return plain(Math.min(nodes, fixed ?? Infinity));
}
