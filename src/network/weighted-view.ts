/** The pure half of Query.weightedNetwork: rings, edges and weights from the pairs Cypher found. */

export type WeightBy = 'MEETINGS' | 'PROJECTS' | 'ROLES';

export interface ViewNode {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly kind: string | null;
}

export interface WeightedNode extends ViewNode {
  readonly ring: number;
  readonly weight: number;
}

/** One row of cypher/queries/weighted/partners.cypher: `source` shares `count` items with `node`. */
export interface Pair {
  readonly source: string;
  readonly node: ViewNode;
  readonly count: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly amountEur: number | null;
}

export interface WeightedEdge {
  readonly source: string;
  readonly target: string;
  readonly count: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly amountEur: number | null;
}

export interface WeightedNetwork {
  readonly focus: WeightedNode;
  readonly by: WeightBy;
  readonly nodes: WeightedNode[];
  readonly edges: WeightedEdge[];
  readonly total: number;
  readonly shown: number;
  readonly offset: number;
  readonly truncated: boolean;
  readonly secondTotal: number | null;
  readonly timeline: { period: string; count: number }[];
}

/** Most edges in one answer (the SDL says so; the cost model counts on it). */
export const MAX_WEIGHTED_EDGES = 5_000;

/** Ring 2: the entities most linked to the partners (their counts summed), the heaviest `limit`. */
export function ringTwo(pairs: readonly Pair[], limit: number): { ids: string[]; total: number } {
  const sums = new Map<string, { name: string; sum: number }>();
  for (const p of pairs) {
    const entry = sums.get(p.node.id) ?? { name: p.node.name, sum: 0 };
    entry.sum += p.count;
    sums.set(p.node.id, entry);
  }
  const ranked = [...sums.entries()].sort(
    ([a, x], [b, y]) => y.sum - x.sum || x.name.localeCompare(y.name) || a.localeCompare(b),
  );
  return { ids: ranked.slice(0, limit).map(([id]) => id), total: sums.size };
}

/**
 * Which end an edge starts from: for MEETINGS the organisation (the lobby side, towards the
 * official), for ROLES the person (who holds the role); otherwise the smaller id, so a link has
 * one direction whichever entity is the focus (an expansion adds no second copy).
 */
function oriented(pair: Pair, sourceLabel: string, by: WeightBy): WeightedEdge {
  const { source, node, count, first, last, amountEur } = pair;
  const forward = { source, target: node.id, count, first, last, amountEur };
  const backward = { source: node.id, target: source, count, first, last, amountEur };
  const starts = by === 'MEETINGS' ? 'Organisation' : by === 'ROLES' ? 'Person' : undefined;
  if (starts && sourceLabel !== node.label) return sourceLabel === starts ? forward : backward;
  return source < node.id ? forward : backward;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

export interface ViewParts {
  readonly focus: WeightedNode;
  readonly by: WeightBy;
  readonly ring1: readonly Pair[];
  readonly ring2Ids: readonly string[];
  readonly ring2Total: number | null;
  /** Pairs among rings 1 and 2 (each found from both ends). */
  readonly links: readonly Pair[];
  readonly total: number;
  readonly offset: number;
  readonly timeline: { period: string; count: number }[];
}

/** Nodes with their ring and weight, edges once each (heaviest first), and the counts. */
export function assembleView(parts: ViewParts): WeightedNetwork {
  const label = new Map<string, ViewNode>([[parts.focus.id, parts.focus]]);
  for (const p of [...parts.ring1, ...parts.links]) label.set(p.node.id, p.node);
  const ring = new Map<string, number>([[parts.focus.id, 0]]);
  for (const p of parts.ring1) ring.set(p.node.id, 1);
  for (const id of parts.ring2Ids) if (!ring.has(id)) ring.set(id, 2);
  const edges = new Map<string, WeightedEdge>();
  for (const p of [...parts.ring1, ...parts.links]) {
    if (!ring.has(p.node.id) || !ring.has(p.source)) continue;
    const key = pairKey(p.source, p.node.id);
    const sourceLabel = label.get(p.source)?.label ?? '';
    if (!edges.has(key)) edges.set(key, oriented(p, sourceLabel, parts.by));
  }
  const sorted = [...edges.values()].sort((a, b) => b.count - a.count);
  const kept = sorted.slice(0, MAX_WEIGHTED_EDGES);
  const weight = new Map<string, number>();
  for (const e of kept) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.count);
    weight.set(e.target, (weight.get(e.target) ?? 0) + e.count);
  }
  const nodes = [...ring.entries()]
    .filter(([id]) => label.has(id))
    .map(([id, r]) => ({ ...label.get(id)!, ring: r, weight: weight.get(id) ?? 0 }));
  const shown = parts.ring1.length;
  return {
    focus: nodes[0]!,
    by: parts.by,
    nodes,
    edges: kept,
    total: parts.total,
    shown,
    offset: parts.offset,
    // As the other ranked answers: partners exist beyond this page, before it, or links were cut.
    truncated:
      parts.total > parts.offset + shown || parts.offset > 0 || sorted.length > kept.length,
    secondTotal: parts.ring2Total,
    timeline: parts.timeline,
  };
}
