import {
  createGraph,
  edgeKey,
  mergeNetwork,
  sizeByCentrality,
  type PolicyGraph,
} from './graph-store.js';
import { LayoutRunner } from './layout.js';
import { Panel } from './panel.js';
import type { PanelActions } from './panel-render.js';
import { connections, egoNetwork } from './queries.js';
import type { Network } from './types.js';
import { createView, type View } from './view.js';

/** What the drawing is made of, replayed in order when the "as of" date changes. */
type Expansion =
  | { readonly kind: 'ego'; readonly id: string; readonly depth: number }
  | { readonly kind: 'single'; readonly id: string; readonly label: string; readonly name: string }
  | { readonly kind: 'paths'; readonly id: string; readonly to: string; readonly maxHops: number };

function fetchExpansion(e: Expansion, asOf: string | undefined): Promise<Network> {
  if (e.kind === 'ego') return egoNetwork(e.id, e.depth, asOf);
  if (e.kind === 'paths') return connections(e.id, e.to, e.maxHops);
  return Promise.resolve({
    nodes: [{ id: e.id, label: e.label, name: e.name, kind: null }],
    edges: [],
  });
}

export interface AppElements {
  readonly graph: HTMLElement;
  readonly panel: HTMLElement;
  readonly status: HTMLElement;
  readonly error: HTMLElement;
}

/** The page's state and behaviour: what is drawn (a list of expansions), selection, as-of date. */
export class App {
  readonly graph: PolicyGraph = createGraph();
  readonly view: View;
  readonly layout: LayoutRunner;
  readonly panel: Panel;
  private expansions: Expansion[] = [];
  private selected: string | null = null;
  asOf: string | undefined;
  depth = 2;

  constructor(
    private readonly el: AppElements,
    actions: Omit<PanelActions, 'select' | 'expand'>,
  ) {
    this.view = createView(el.graph, this.graph, {
      selectNode: (id) => this.select(id),
      expandNode: (id) => void this.expand(id),
      selectEdge: (key) => void this.selectEdge(key),
      clearSelection: () => this.select(null),
    });
    this.layout = new LayoutRunner(this.graph);
    this.layout.onChange = (running) =>
      this.status(running ? 'Laying out…' : this.summary(), running);
    this.panel = new Panel(
      el.panel,
      {
        ...actions,
        select: (id, label, name) => this.select(id, { label, name, focus: true }),
        expand: (id) => void this.expand(id),
      },
      () => this.asOf,
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
    return `${this.graph.order} entities, ${this.graph.size} relationships${this.asOf ? ` — roles as of ${this.asOf}` : ''}`;
  }

  /** Runs one user action with a loading state; errors end up in the banner, never uncaught. */
  private async busy<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
    this.status(label, true);
    this.error(null);
    try {
      return await work();
    } catch (error) {
      this.error(`${label.replace(/…$/, '')} failed: ${(error as Error).message}`);
      return undefined;
    } finally {
      if (!this.layout.running) this.status(this.summary());
    }
  }

  private settle(): void {
    sizeByCentrality(this.graph);
    this.layout.run();
  }

  /** Clears the drawing and shows the neighbourhood of `id` at the chosen depth. */
  async focus(id: string): Promise<void> {
    this.expansions = [{ kind: 'ego', id, depth: this.depth }];
    this.view.reset();
    await this.redraw();
    if (this.graph.hasNode(id)) this.select(id);
  }

  /** Draws every expansion again (after a change of the as-of date). */
  async redraw(): Promise<void> {
    await this.busy('Loading the network…', async () => {
      const networks: { anchor: string; network: Network }[] = [];
      for (const e of this.expansions)
        networks.push({ anchor: e.id, network: await fetchExpansion(e, this.asOf) });
      this.layout.stop();
      this.graph.clear();
      for (const { anchor, network } of networks) mergeNetwork(this.graph, network, anchor);
      if (this.graph.order === 0 && this.expansions[0]) {
        throw new Error(
          `nothing found for ${this.expansions[0].id}; search for an entity instead.`,
        );
      }
      this.settle();
      if (this.selected && !this.graph.hasNode(this.selected)) this.select(null);
      else if (this.selected) this.select(this.selected);
    });
  }

  /** Adds the entities one hop from `id` (the "expand" of the drawing and of the panel). */
  async expand(id: string): Promise<void> {
    await this.busy('Expanding…', async () => {
      const network = await egoNetwork(id, 1, this.asOf);
      this.expansions.push({ kind: 'ego', id, depth: 1 });
      const added = mergeNetwork(this.graph, network, id);
      this.settle();
      this.status(`+${added.length} entities`);
    });
  }

  select(id: string | null, known?: { label: string; name: string; focus?: boolean }): void {
    if (id !== null && !this.graph.hasNode(id) && known) {
      mergeNetwork(
        this.graph,
        { nodes: [{ id, label: known.label, name: known.name, kind: null }], edges: [] },
        this.selected ?? undefined,
      );
      this.expansions.push({ kind: 'single', id, label: known.label, name: known.name });
      this.settle();
    }
    this.selected = id;
    this.view.setSelected(id);
    if (id === null)
      return this.panel.message('Select an entity in the drawing, or search for one.');
    const attributes = this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
    const label = known?.label ?? attributes?.entityLabel ?? 'Person';
    void this.panel.showNode(
      id,
      label,
      known?.name ?? attributes?.label ?? id,
      known?.focus ?? false,
    );
    this.view.centreOn(id);
  }

  private async selectEdge(key: string): Promise<void> {
    const source = this.graph.source(key);
    const target = this.graph.target(key);
    const s = this.graph.getNodeAttributes(source);
    const t = this.graph.getNodeAttributes(target);
    await this.panel.showEdge(
      { id: source, label: s.entityLabel, name: s.label },
      this.graph.getEdgeAttribute(key, 'relType'),
      { id: target, name: t.label },
    );
  }

  /** Shortest paths between two entities, added to the drawing and highlighted. */
  async findPaths(from: string, to: string, maxHops: number): Promise<string> {
    const network = await connections(from, to, maxHops);
    if (network.nodes.length === 0) {
      this.view.setHighlight(null, null);
      return `No path within ${maxHops} hops.`;
    }
    this.expansions.push({ kind: 'paths', id: from, to, maxHops });
    mergeNetwork(this.graph, network, from);
    this.settle();
    const edges = new Set(network.edges.map((e) => edgeKey(e.source, e.type, e.target)));
    this.view.setHighlight(new Set(network.nodes.map((n) => n.id)), edges);
    void this.view.sigma.getCamera().animatedReset({ duration: 400 });
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
    this.settle();
    await new Promise<void>((resolve) => this.view.sigma.once('afterRender', () => resolve()));
    return performance.now() - started;
  }
}
