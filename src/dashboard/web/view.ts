import Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes, PolicyGraph } from './graph-store.js';
import { LABEL_SIZE, LabelPicker } from './label-picker.js';

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
  /** Entity labels and relationship types not drawn. */
  setHidden(labels: ReadonlySet<string>, types: ReadonlySet<string>): void;
  /** Pans (never zooms) so that the node is in view. */
  centreOn(id: string): void;
  /** Fits the whole drawing in the view (after every change of what is drawn). */
  fit(): void;
  /** Drops highlights, dragged-node bounds and zoom: the next drawing fits the screen. */
  reset(): void;
  readonly labels: LabelPicker;
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
  let hiddenLabels: ReadonlySet<string> = new Set();
  let hiddenTypes: ReadonlySet<string> = new Set();
  // Sigma draws once while constructed, before the picker exists: no labels in that frame.
  const late: { picker?: LabelPicker } = {};
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    defaultEdgeType: 'arrow',
    enableEdgeEvents: true,
    // Which labels show is decided by the LabelPicker (none overlaps); sigma draws those.
    labelRenderedSizeThreshold: 0,
    labelSize: LABEL_SIZE,
    labelColor: { color: '#111827' },
    labelFont: 'system-ui, sans-serif',
    stagePadding: 40,
    zIndex: true,
    nodeReducer: (node, data) => {
      if (hiddenLabels.has(data.entityLabel)) return { ...data, hidden: true };
      const shows = late.picker?.shows(node) ?? false;
      const out = { ...data, zIndex: 1, label: shows ? data.label : '', forceLabel: shows };
      if (node === selected) return { ...out, highlighted: true, zIndex: 3 };
      if (highlightNodes && !highlightNodes.has(node))
        return { ...out, color: DIM_NODE, label: '', zIndex: 0 };
      if (highlightNodes) return { ...out, highlighted: true, zIndex: 2 };
      return out;
    },
    edgeReducer: (edge, data) => {
      if (hiddenTypes.has(data.relType)) return { ...data, hidden: true };
      if (highlightEdges && !highlightEdges.has(edge)) return { ...data, color: DIM_EDGE };
      if (highlightEdges) return { ...data, color: '#b45309', size: 3 };
      if (selected && graph.hasExtremity(edge, selected))
        return { ...data, color: '#4b5563', size: Math.max(2, data.size) };
      return data;
    },
  });

  const labels = new LabelPicker(sigma);
  late.picker = labels;
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
  sigma.on('enterNode', ({ node }) => {
    container.classList.add('pointer');
    labels.hovered = node;
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    container.classList.remove('pointer');
    labels.hovered = null;
    sigma.refresh({ skipIndexation: true });
  });

  const camera = sigma.getCamera();
  return {
    sigma,
    labels,
    setHighlight(nodes, edges) {
      highlightNodes = nodes;
      highlightEdges = edges;
      sigma.refresh({ skipIndexation: true });
    },
    setSelected(id) {
      selected = id;
      labels.important = new Set(id ? [id] : []);
      labels.invalidate();
      sigma.refresh({ skipIndexation: true });
    },
    setHidden(nodeLabels, types) {
      hiddenLabels = nodeLabels;
      hiddenTypes = types;
      labels.invalidate();
      sigma.refresh();
    },
    fit() {
      sigma.setCustomBBox(null);
      sigma.refresh();
      void camera.animatedReset({ duration: 300 });
    },
    reset() {
      highlightNodes = null;
      highlightEdges = null;
      sigma.setCustomBBox(null);
      camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    },
    centreOn(id) {
      const display = graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined;
      if (!display) return;
      const { x, y } = sigma.framedGraphToViewport(display);
      const { width, height } = sigma.getDimensions();
      const margin = 40;
      if (x > margin && y > margin && x < width - margin && y < height - margin) return;
      void camera.animate({ x: display.x, y: display.y }, { duration: 400 });
    },
  };
}
