import { edgeKey, nodeAttributes, type PolicyGraph } from './graph-store.js';
import type { WeightedNetwork } from './weighted-queries.js';

/** Node radius (sigma size) from a weight: the square root, so areas compare like counts. */
export const nodeSize = (weight: number, max: number): number =>
  4 + 16 * Math.sqrt(Math.max(0, weight) / Math.max(1, max));

/** Edge width from a count, on the same square-root scale. */
export const edgeSize = (count: number, max: number): number =>
  1 + 7 * Math.sqrt(Math.max(0, count) / Math.max(1, max));

/**
 * Draws a weighted view into the graph (added to what is there: an expansion keeps the rest).
 * Rings start on circles around the focus, so the layout only has to settle them; sizes and
 * widths are rescaled over the whole drawing.
 */
export function mergeWeighted(graph: PolicyGraph, view: WeightedNetwork): string[] {
  const added: string[] = [];
  const origin = graph.hasNode(view.focus.id)
    ? graph.getNodeAttributes(view.focus.id)
    : { x: 0, y: 0 };
  const perRing = new Map<number, number>();
  view.nodes.forEach((node) => perRing.set(node.ring, (perRing.get(node.ring) ?? 0) + 1));
  const seen = new Map<number, number>();
  for (const node of view.nodes) {
    const previous = graph.hasNode(node.id) ? graph.getNodeAttributes(node.id) : undefined;
    const weight = Math.max(node.weight, previous?.weight ?? 0);
    if (previous) {
      graph.mergeNodeAttributes(node.id, { weight });
      continue;
    }
    const index = seen.get(node.ring) ?? 0;
    seen.set(node.ring, index + 1);
    const angle = (2 * Math.PI * index) / (perRing.get(node.ring) ?? 1);
    const radius = node.ring * 40;
    const x = origin.x + Math.cos(angle) * radius;
    const y = origin.y + Math.sin(angle) * radius;
    graph.addNode(node.id, { ...nodeAttributes(node, x, y), weight });
    added.push(node.id);
  }
  for (const edge of view.edges) {
    const key = edgeKey(edge.source, view.by, edge.target);
    const attributes = {
      relType: view.by,
      size: 1,
      color: '#9aa3ad',
      type: 'line',
      count: edge.count,
      first: edge.first,
      last: edge.last,
      amountEur: edge.amountEur,
      weight: Math.log1p(edge.count),
    };
    if (graph.hasEdge(key)) graph.mergeEdgeAttributes(key, attributes);
    else if (graph.hasNode(edge.source) && graph.hasNode(edge.target))
      graph.addEdgeWithKey(key, edge.source, edge.target, attributes);
  }
  resizeByWeight(graph);
  return added;
}

/** Sizes nodes by weight and edges by count, relative to the heaviest in the drawing. */
export function resizeByWeight(graph: PolicyGraph): void {
  let maxWeight = 1;
  graph.forEachNode((_n, a) => (maxWeight = Math.max(maxWeight, a.weight ?? 0)));
  let maxCount = 1;
  graph.forEachEdge((_e, a) => (maxCount = Math.max(maxCount, a.count ?? 0)));
  // One attribute at a time: sigma repaints a partial graph on `updateEach…`, which fails for
  // items added in the same tick and not indexed yet.
  graph.forEachNode((n, a) =>
    graph.setNodeAttribute(n, 'size', nodeSize(a.weight ?? 0, maxWeight)),
  );
  graph.forEachEdge((e, a) => graph.setEdgeAttribute(e, 'size', edgeSize(a.count ?? 1, maxCount)));
}
