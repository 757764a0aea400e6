import { MultiDirectedGraph } from 'graphology';
import { colourOf } from '../../export/palette.js';
import type { Network, NetworkNode } from './types.js';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Display name (sigma draws `label`). */
  label: string;
  entityLabel: string;
  kind: string | null;
  highlighted?: boolean;
  /** Weighted views: meetings, projects or roles on the node's edges. */
  weight?: number;
}

export interface EdgeAttributes {
  relType: string;
  size: number;
  color: string;
  /** sigma's program: 'arrow' (relationships) or 'line' (weighted links). */
  type?: string;
  /** Weighted views: what the two ends share, and when. */
  count?: number;
  first?: string | null;
  last?: string | null;
  amountEur?: number | null;
  /** ForceAtlas2's edge weight. */
  weight?: number;
}

export type PolicyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): PolicyGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

export const edgeKey = (source: string, type: string, target: string): string =>
  `${source}|${type}|${target}`;

/** What the drawing keeps of an entity, placed at (x, y). */
export function nodeAttributes(node: NetworkNode, x: number, y: number): NodeAttributes {
  return {
    x,
    y,
    size: 4,
    color: colourOf(node.label),
    label: node.name,
    entityLabel: node.label,
    kind: node.kind,
  };
}

/**
 * Adds a network answer to the graph (nodes and edges already there are kept). New nodes start
 * near `anchor` (the node that was expanded) so the layout only has to settle them locally.
 * Returns the ids of the nodes that were new.
 */
export function mergeNetwork(graph: PolicyGraph, network: Network, anchor?: string): string[] {
  const added: string[] = [];
  const origin = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
  const spread = Math.max(10, Math.sqrt(graph.order + network.nodes.length) * 4);
  for (const node of network.nodes) {
    if (graph.hasNode(node.id)) continue;
    const angle = Math.random() * 2 * Math.PI;
    const radius = spread * (0.3 + Math.random());
    graph.addNode(
      node.id,
      nodeAttributes(
        node,
        origin.x + Math.cos(angle) * radius,
        origin.y + Math.sin(angle) * radius,
      ),
    );
    added.push(node.id);
  }
  for (const edge of network.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const key = edgeKey(edge.source, edge.type, edge.target);
    if (!graph.hasEdge(key)) {
      graph.addEdgeWithKey(key, edge.source, edge.target, {
        relType: edge.type,
        size: 1.5,
        color: '#9aa3ad',
      });
    }
  }
  return added;
}

/**
 * Node size by degree centrality (distinct neighbours in the drawing, the same measure as the
 * API's `central`); `scores` from `central` override it for the entities they rank.
 */
export function sizeByCentrality(
  graph: PolicyGraph,
  scores: ReadonlyMap<string, number> = new Map(),
): void {
  graph.forEachNode((node) => {
    const degree = scores.get(node) ?? graph.neighbors(node).length;
    graph.setNodeAttribute(node, 'size', Math.min(28, 3 + 2.2 * Math.sqrt(degree)));
  });
}
