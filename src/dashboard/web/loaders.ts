import { mergeNetwork, sizeByCentrality, type PolicyGraph } from './graph-store.js';
import { egoNetwork } from './queries.js';
import type { ViewKind, ViewState } from './url-state.js';
import {
  timelineOf,
  weightedNetwork,
  type PeriodCount,
  type WeightBy,
  type WeightedNetwork,
} from './weighted-queries.js';
import { mergeWeighted } from './weighted-store.js';

export const WEIGHT_OF: Readonly<Record<Exclude<ViewKind, 'links'>, WeightBy>> = {
  meetings: 'MEETINGS',
  projects: 'PROJECTS',
  roles: 'ROLES',
};

/** What a load found beyond the drawing: the notice and the timeline come from it. */
export interface Loaded {
  /** The focus's weighted answer (weighted views only). */
  readonly weighted?: WeightedNetwork;
  /** Links view: the egoNetwork was cut (500 nodes / 2,000 edges). */
  readonly cut?: boolean;
  readonly timeline: readonly PeriodCount[];
  readonly timelineBy: WeightBy;
}

/** Partners shown when an expanded entity's weighted view is added. */
const EXPANSION_LIMIT = 10;

/** What a load fetched: `draw` fills the graph (cleared first) only when the caller says so. */
export interface Fetched extends Loaded {
  draw(graph: PolicyGraph): void;
}

/**
 * The answers of the expansions that could be fetched: an expanded id that is gone (merged,
 * deleted) is left out instead of failing the whole view.
 */
async function settled<T>(work: Promise<T>[]): Promise<{ value: T; index: number }[]> {
  const results = await Promise.allSettled(work);
  return results.flatMap((r, index) =>
    r.status === 'fulfilled' ? [{ value: r.value, index }] : [],
  );
}

/** Fetches everything `state` draws; nothing is drawn until `draw` is called. */
export async function fetchState(state: ViewState): Promise<Fetched> {
  if (state.view === 'links') return fetchLinks(state);
  const by = WEIGHT_OF[state.view];
  const range = { from: state.from, to: state.to };
  const [main, expansions] = await Promise.all([
    weightedNetwork({ id: state.focus, by, depth: state.depth, limit: state.limit, ...range }),
    settled(
      state.expanded.map((id) =>
        weightedNetwork({ id, by, depth: 1, limit: EXPANSION_LIMIT, ...range }),
      ),
    ),
  ]);
  const draw = (graph: PolicyGraph) => {
    graph.clear();
    mergeWeighted(graph, main);
    for (const expansion of expansions) mergeWeighted(graph, expansion.value);
  };
  return { weighted: main, timeline: main.timeline, timelineBy: by, draw };
}

async function fetchLinks(state: ViewState): Promise<Fetched> {
  const ego = (id: string, depth: number) =>
    egoNetwork(id, depth, { asOf: state.asOf, from: state.from, to: state.to });
  const [main, timeline, expansions] = await Promise.all([
    ego(state.focus, state.depth),
    timelineOf(state.focus, 'MEETINGS').catch(() => []),
    settled(state.expanded.map((id) => ego(id, 1))),
  ]);
  const draw = (graph: PolicyGraph) => {
    graph.clear();
    mergeNetwork(graph, main);
    for (const { value, index } of expansions) mergeNetwork(graph, value, state.expanded[index]);
    sizeByCentrality(graph);
  };
  return { cut: main.truncated, timeline, timelineBy: 'MEETINGS', draw };
}

/** The noun for a view's partners around a focus of `label`. */
export function partnersNoun(view: ViewKind, label: string): string {
  if (view === 'meetings') return label === 'Organisation' ? 'officials' : 'organisations';
  if (view === 'projects') return label === 'Project' ? 'participants' : 'organisations';
  if (view === 'roles') return label === 'Person' ? 'organisations' : 'people';
  return 'entities';
}
