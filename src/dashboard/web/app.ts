import {
  createGraph,
  edgeKey,
  mergeNetwork,
  sizeByCentrality,
  type PolicyGraph,
} from './graph-store.js';
import { LayoutRunner } from './layout.js';
import { fetchState, type Loaded } from './loaders.js';
import { Panel } from './panel.js';
import type { PanelActions } from './panel-render.js';
import { connections } from './queries.js';
import type { Network } from './types.js';
import { needsFetch, type ViewState } from './url-state.js';
import { createView, type View } from './view.js';
import { resizeByWeight } from './weighted-store.js';

export interface AppElements {
  readonly graph: HTMLElement;
  readonly panel: HTMLElement;
  readonly status: HTMLElement;
  readonly error: HTMLElement;
}

/** How the page records and reports: the URL (main.ts) and the notice, timeline and filters. */
export interface AppHooks {
  /** The user changed what is drawn (push) or selected (replace): a new state to apply. */
  navigate(patch: Partial<ViewState>, push: boolean): void;
  /** A load finished drawing. */
  loaded(loaded: Loaded, state: ViewState): void;
}

/** Of the last load: ms to the first drawn frame and to the settled layout (benchmarks). */
export interface Timings {
  readonly firstFrameMs: number;
  settledMs: number | null;
  readonly nodes: number;
  readonly edges: number;
}

/** The page's state and behaviour: a ViewState drawn, selection, layout, timings. */
export class App {
  readonly graph: PolicyGraph = createGraph();
  readonly view: View;
  readonly layout: LayoutRunner;
  readonly panel: Panel;
  state: ViewState | undefined;
  /** The state the drawing shows (the last load that finished). */
  private drawn: ViewState | undefined;
  lastTimings: Timings | null = null;
  private selected: string | null = null;

  /** The entity the panel shows (a selection, or the focus after a load). */
  get shown(): string | null {
    return this.selected;
  }
  private loadId = 0;
  private loadStarted = 0;

  constructor(
    private readonly el: AppElements,
    actions: Omit<PanelActions, 'select' | 'expand'>,
    private readonly hooks: AppHooks,
  ) {
    this.view = createView(el.graph, this.graph, {
      selectNode: (id) => this.select(id),
      expandNode: (id) => this.expand(id),
      selectEdge: (key) => void this.selectEdge(key),
      clearSelection: () => this.select(null),
    });
    this.layout = new LayoutRunner(this.graph);
    this.layout.onChange = (running) => this.layoutChanged(running);
    this.panel = new Panel(
      el.panel,
      {
        ...actions,
        select: (id, label, name) => this.select(id, { label, name, focus: true }),
        expand: (id) => this.expand(id),
      },
      () => this.state,
    );
  }

  status(text: string, busy = false): void {
    this.el.status.textContent = text;
    this.el.status.classList.toggle('busy', busy);
  }

  error(message: string | null): void {
    this.el.error.hidden = message === null;
    this.el.error.textContent = message ?? '';
  }

  private summary(): string {
    const asOf = this.state?.asOf ? ` — roles as of ${this.state.asOf}` : '';
    return `${this.graph.order} entities, ${this.graph.size} relationships${asOf}`;
  }

  private layoutChanged(running: boolean): void {
    this.status(running ? 'Laying out…' : this.summary(), running);
    if (running) return;
    this.view.fit();
    if (this.lastTimings && this.lastTimings.settledMs === null)
      this.lastTimings.settledMs = performance.now() - this.loadStarted;
  }

  /** Runs one user action with a loading state; errors end up in the banner, never uncaught. */
  private async busy(label: string, work: () => Promise<void>): Promise<void> {
    this.status(label, true);
    this.error(null);
    try {
      await work();
    } catch (error) {
      this.error(`${label.replace(/…$/, '')} failed: ${(error as Error).message}`);
    } finally {
      if (!this.layout.running) this.status(this.summary());
    }
  }

  /**
   * Draws `next`: fetches only when what is drawn differs from the last drawing, else applies
   * filters and selection. A newer state arriving meanwhile wins: an older answer is dropped.
   */
  async apply(next: ViewState): Promise<void> {
    this.state = next;
    const fetch = !this.drawn || needsFetch(this.drawn, next);
    if (fetch && !(await this.load(next))) return;
    if (this.state !== next) return;
    this.view.setHidden(new Set(next.hiddenLabels), new Set(next.hiddenTypes));
    // After a new drawing with nothing selected, the panel shows the focus (not a selection).
    const chosen = next.selected ?? (fetch ? next.focus : null);
    const wanted = chosen && this.graph.hasNode(chosen) ? chosen : null;
    if (wanted !== this.selected || fetch) this.show(wanted, undefined, chosen === next.selected);
  }

  /** True when `state` was drawn (not superseded by a newer load, no error). */
  private async load(state: ViewState): Promise<boolean> {
    const id = ++this.loadId;
    this.loadStarted = performance.now();
    this.lastTimings = null;
    let drawn = false;
    await this.busy('Loading the network…', async () => {
      const positions = new Map(this.graph.mapNodes((n, a) => [n, { x: a.x, y: a.y }] as const));
      const loaded = await fetchState(state);
      if (id !== this.loadId) return;
      this.layout.stop();
      loaded.draw(this.graph);
      this.drawn = state;
      drawn = true;
      this.graph.forEachNode((n) => {
        const p = positions.get(n);
        if (p) this.graph.mergeNodeAttributes(n, p);
      });
      if (this.graph.order === 0)
        throw new Error(`nothing found for ${state.focus}; search for an entity instead.`);
      this.hooks.loaded(loaded, state);
      this.view.reset();
      this.layout.run();
      await this.firstFrame();
      this.lastTimings = {
        firstFrameMs: performance.now() - this.loadStarted,
        settledMs: this.layout.running ? null : performance.now() - this.loadStarted,
        nodes: this.graph.order,
        edges: this.graph.size,
      };
    });
    return drawn;
  }

  /** Sizes by weight in a weighted view, by degree in the links view. */
  private resize(): void {
    if (this.state && this.state.view !== 'links') resizeByWeight(this.graph);
    else sizeByCentrality(this.graph);
  }

  private firstFrame(): Promise<void> {
    return new Promise((resolve) => this.view.sigma.once('afterRender', () => resolve()));
  }

  /** Adds the entities one hop from `id` (double-click, the panel's "Expand"): recorded in the URL. */
  expand(id: string): void {
    const expanded = this.state?.expanded ?? [];
    if (!expanded.includes(id)) this.hooks.navigate({ expanded: [...expanded, id] }, true);
  }

  /** A selection by the user: shown, and recorded in the URL (replacing, not a history step). */
  select(id: string | null, known?: { label: string; name: string; focus?: boolean }): void {
    if (id !== null && !this.graph.hasNode(id) && known) {
      mergeNetwork(
        this.graph,
        { nodes: [{ id, label: known.label, name: known.name, kind: null }], edges: [] },
        this.selected ?? undefined,
      );
      this.resize();
    }
    this.show(id, known);
    this.hooks.navigate({ selected: id ?? undefined }, false);
  }

  /** Shows `id` in the panel; `centre` pans to it when it is off screen (a user's choice). */
  private show(
    id: string | null,
    known?: { label: string; name: string; focus?: boolean },
    centre = true,
  ): void {
    this.selected = id;
    this.view.setSelected(id);
    if (id === null)
      return this.panel.message('Select an entity in the drawing, or search for one.');
    const attributes = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
    const label = known?.label ?? attributes?.entityLabel ?? 'Person';
    const name = known?.name ?? attributes?.label ?? id;
    void this.panel.showNode(id, label, name, known?.focus ?? false);
    if (centre) this.view.centreOn(id);
  }

  private async selectEdge(key: string): Promise<void> {
    const source = this.graph.source(key);
    const target = this.graph.target(key);
    const s = this.graph.getNodeAttributes(source);
    const t = this.graph.getNodeAttributes(target);
    const edge = this.graph.getEdgeAttributes(key);
    const from = { id: source, label: s.entityLabel, name: s.label };
    const to = { id: target, label: t.entityLabel, name: t.label };
    if (edge.count !== undefined) await this.panel.showWeightedEdge(from, to, edge);
    else await this.panel.showEdge(from, edge.relType, to);
  }

  /** Shortest paths between two entities, added to the drawing and highlighted. */
  async findPaths(from: string, to: string, maxHops: number): Promise<string> {
    const network = await connections(from, to, maxHops);
    if (network.nodes.length === 0) {
      this.view.setHighlight(null, null);
      return `No path within ${maxHops} hops.`;
    }
    mergeNetwork(this.graph, network, from);
    this.resize();
    this.layout.run();
    const edges = new Set(network.edges.map((e) => edgeKey(e.source, e.type, e.target)));
    this.view.setHighlight(new Set(network.nodes.map((n) => n.id)), edges);
    this.view.fit();
    return `${network.nodes.length} entities, ${network.edges.length} relationships on the shortest paths.`;
  }

  clearPaths(): void {
    this.view.setHighlight(null, null);
  }

  /** Test and benchmark hook: draws a network as given; resolves with ms to the first frame. */
  async drawNetwork(network: Network): Promise<number> {
    const started = performance.now();
    this.layout.stop();
    this.view.reset();
    this.graph.clear();
    mergeNetwork(this.graph, network);
    sizeByCentrality(this.graph);
    this.layout.run();
    await this.firstFrame();
    return performance.now() - started;
  }
}
