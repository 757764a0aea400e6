import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import type { PolicyGraph } from './graph-store.js';

// The package is CommonJS (module.exports = class): the bundler hands the class over as the
// default import, TypeScript (NodeNext) sees it under `.default`. Accept either.
type FA2Class = typeof FA2Module.default;
const FA2Layout: FA2Class =
  (FA2Module as unknown as { default?: FA2Class }).default ?? (FA2Module as unknown as FA2Class);
type FA2Layout = InstanceType<FA2Class>;

/**
 * ForceAtlas2 in a web worker (graphology's supervisor): the page stays responsive while it runs,
 * even for thousands of nodes. Each run settles for a time that grows with the graph, then stops.
 */
export class LayoutRunner {
  private layout: FA2Layout | undefined;
  private timer: number | undefined;
  onChange: (running: boolean) => void = () => undefined;

  constructor(private readonly graph: PolicyGraph) {}

  run(ms = Math.min(8000, 1500 + this.graph.order * 3)): void {
    this.stop();
    if (this.graph.order < 2) return;
    const settings = {
      ...forceAtlas2.inferSettings(this.graph),
      barnesHutOptimize: this.graph.order > 300,
      adjustSizes: false,
    };
    this.layout = new FA2Layout(this.graph, { settings });
    this.layout.start();
    this.onChange(true);
    this.timer = window.setTimeout(() => this.stop(), ms);
  }

  stop(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.layout) {
      this.layout.kill();
      this.layout = undefined;
      this.onChange(false);
    }
  }

  get running(): boolean {
    return this.layout !== undefined;
  }
}
