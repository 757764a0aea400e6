import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes, PolicyGraph } from './graph-store.js';

export interface ViewHandlers {
  selectNode(id: string): void;
  expandNode(id: string): void;
  selectEdge(key: string): void;
  clearSelection(): void;
}

export interface View {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Nodes and edges to emphasise (a path); everything else is dimmed. null = nothing dimmed. */
  setHighlight(nodes: ReadonlySet<string> | null, edges: ReadonlySet<string> | null): void;
  setSelected(id: string | null): void;
  centreOn(id: string): void;
  /** Drops highlights, dragged-node bounds and zoom: the next drawing fits the screen. */
  reset(): void;
}

const DIM_NODE = '#d5d9de';
const DIM_EDGE = '#eceef1';

/**
 * The WebGL drawing (sigma): nodes coloured by label and sized by centrality, labels for the larger
 * ones, pan/zoom with mouse and wheel, drag a node to move it. Click selects, double-click expands.
 */
export function createView(container: HTMLElement, graph: PolicyGraph, on: ViewHandlers): View {
  let highlightNodes: ReadonlySet<string> | null = null;
  let highlightEdges: ReadonlySet<string> | null = null;
  let selected: string | null = null;
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    defaultEdgeType: 'arrow',
    enableEdgeEvents: true,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.5,
    labelColor: { color: '#111827' },
    labelFont: 'system-ui, sans-serif',
    zIndex: true,
    nodeReducer: (node, data) => {
      const out = { ...data, zIndex: 1 };
      if (node === selected) return { ...out, highlighted: true, zIndex: 3 };
      if (highlightNodes && !highlightNodes.has(node))
        return { ...out, color: DIM_NODE, label: '', zIndex: 0 };
      if (highlightNodes) return { ...out, highlighted: true, zIndex: 2 };
      return out;
    },
    edgeReducer: (edge, data) => {
      if (highlightEdges && !highlightEdges.has(edge)) return { ...data, color: DIM_EDGE };
      if (highlightEdges) return { ...data, color: '#b45309', size: 3 };
      if (selected && graph.hasExtremity(edge, selected))
        return { ...data, color: '#4b5563', size: 2 };
      return data;
    },
  });

  let dragged: string | null = null;
  let moved = false;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on('moveBody', ({ event }) => {
    if (!dragged) return;
    moved = true;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const release = () => {
    dragged = null;
  };
  sigma.on('upNode', release);
  sigma.on('upStage', release);
  sigma.on('clickNode', ({ node }) => {
    if (!moved) on.selectNode(node);
  });
  sigma.on('doubleClickNode', ({ node, event }) => {
    event.preventSigmaDefault();
    on.expandNode(node);
  });
  sigma.on('clickEdge', ({ edge }) => on.selectEdge(edge));
  sigma.on('clickStage', () => on.clearSelection());
  sigma.on('enterNode', () => container.classList.add('pointer'));
  sigma.on('leaveNode', () => container.classList.remove('pointer'));

  return {
    sigma,
    setHighlight(nodes, edges) {
      highlightNodes = nodes;
      highlightEdges = edges;
      sigma.refresh({ skipIndexation: true });
    },
    setSelected(id) {
      selected = id;
      sigma.refresh({ skipIndexation: true });
    },
    reset() {
      highlightNodes = null;
      highlightEdges = null;
      sigma.setCustomBBox(null);
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    },
    centreOn(id) {
      if (!graph.hasNode(id)) return;
      const display = sigma.getNodeDisplayData(id);
      if (display)
        void sigma
          .getCamera()
          .animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 400 });
    },
  };
}
