import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './graph-store.js';
import { chooseLabels, type LabelBox } from './label-layout.js';

export const LABEL_SIZE = 13;
const LABEL_FONT = 'system-ui, sans-serif';

/**
 * Keeps sigma's labels from overlapping: after a frame whose camera or positions changed, the
 * labels are chosen again (label-layout.ts) and the drawing refreshed once. The view's node
 * reducer asks `shows(node)`; a hovered node always shows its label.
 */
export class LabelPicker {
  private allowed = new Set<string>();
  private signature = '';
  /** Bumped when something the probe cannot see changes (selection, hidden kinds). */
  private revision = 0;
  private readonly widths = new Map<string, number>();
  private readonly context = document.createElement('canvas').getContext('2d');
  hovered: string | null = null;
  /** Ids drawn first whatever their size (the selected node, the focus). */
  important: ReadonlySet<string> = new Set();

  constructor(private readonly sigma: Sigma<NodeAttributes, EdgeAttributes>) {
    sigma.on('afterRender', () => this.update());
  }

  /** Chooses the labels again on the next frame (selection or visibility changed). */
  invalidate(): void {
    this.revision++;
  }

  shows(node: string): boolean {
    return node === this.hovered || this.allowed.has(node);
  }

  /** The labels drawn now (what a person sees), for tests. */
  get shown(): ReadonlySet<string> {
    return this.allowed;
  }

  private width(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      if (this.context) this.context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
      width = this.context?.measureText(text).width ?? text.length * LABEL_SIZE * 0.6;
      this.widths.set(text, width);
    }
    return width;
  }

  /** The box of each label as sigma draws it (drawDiscNodeLabel: right of the disc). */
  boxes(): LabelBox[] {
    const boxes: LabelBox[] = [];
    const graph = this.sigma.getGraph();
    graph.forEachNode((node, attributes) => {
      const data = this.sigma.getNodeDisplayData(node);
      if (!data || data.hidden || !attributes.label) return;
      const { x, y } = this.sigma.framedGraphToViewport(data);
      const size = this.sigma.scaleSize(data.size);
      const priority = (this.important.has(node) ? 1e6 : 0) + attributes.size;
      boxes.push({
        id: node,
        x: x + size + 3,
        y: y - LABEL_SIZE / 2,
        width: this.width(attributes.label),
        height: LABEL_SIZE,
        priority,
      });
    });
    return boxes;
  }

  private update(): void {
    const camera = this.sigma.getCamera().getState();
    const { width, height } = this.sigma.getDimensions();
    const probe = this.sigma.getGraph().order > 0 ? this.probe() : '';
    const signature = `${this.revision},${camera.x},${camera.y},${camera.ratio},${width},${height},${probe}`;
    if (signature === this.signature) return;
    this.signature = signature;
    const next = chooseLabels(this.boxes(), { width, height });
    if (sameSet(next, this.allowed)) return;
    this.allowed = next;
    // Only when the set changed: sigma re-applies the reducers on a full refresh.
    this.sigma.scheduleRefresh();
  }

  /** A cheap fingerprint of positions and visibility (some nodes' display data). */
  private probe(): string {
    const graph = this.sigma.getGraph();
    const nodes = graph.nodes();
    const step = Math.max(1, Math.floor(nodes.length / 16));
    let text = `${nodes.length}`;
    for (let i = 0; i < nodes.length; i += step) {
      const data = this.sigma.getNodeDisplayData(nodes[i]!);
      text += `|${data?.x.toFixed(4)},${data?.y.toFixed(4)},${data?.hidden ? 1 : 0}`;
    }
    return text;
  }
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));
