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

/** Fetches everything `state` draws, then fills the graph (cleared first). */
export async function loadState(graph: PolicyGraph, state: ViewState): Promise<Loaded> {
  if (state.view === 'links') return loadLinks(graph, state);
  const by = WEIGHT_OF[state.view];
  const range = { from: state.from, to: state.to };
  const [main, ...expansions] = await Promise.all([
    weightedNetwork({ id: state.focus, by, depth: state.depth, limit: state.limit, ...range }),
    ...state.expanded.map((id) =>
      weightedNetwork({ id, by, depth: 1, limit: EXPANSION_LIMIT, ...range }),
    ),
  ]);
  graph.clear();
  mergeWeighted(graph, main!);
  for (const expansion of expansions) mergeWeighted(graph, expansion);
  return { weighted: main!, timeline: main!.timeline, timelineBy: by };
}

async function loadLinks(graph: PolicyGraph, state: ViewState): Promise<Loaded> {
  const ego = (id: string, depth: number) =>
    egoNetwork(id, depth, { asOf: state.asOf, from: state.from, to: state.to });
  const [main, timeline, ...expansions] = await Promise.all([
    ego(state.focus, state.depth),
    timelineOf(state.focus, 'MEETINGS').catch(() => []),
    ...state.expanded.map((id) => ego(id, 1)),
  ]);
  graph.clear();
  mergeNetwork(graph, main!);
  state.expanded.forEach((id, i) => mergeNetwork(graph, expansions[i]!, id));
  sizeByCentrality(graph);
  return { cut: main!.truncated, timeline: timeline ?? [], timelineBy: 'MEETINGS' };
}

/** The noun for a view's partners around a focus of `label`. */
export function partnersNoun(view: ViewKind, label: string): string {
  if (view === 'meetings') return label === 'Organisation' ? 'officials' : 'organisations';
  if (view === 'projects') return label === 'Project' ? 'participants' : 'organisations';
  if (view === 'roles') return label === 'Person' ? 'organisations' : 'people';
  return 'entities';
}
