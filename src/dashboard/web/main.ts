import { App } from './app.js';
import { byId } from './dom.js';
import { renderDownloads } from './downloads.js';
import { renderFilters } from './filters.js';
import { bindKeys } from './keys.js';
import type { Loaded } from './loaders.js';
import { renderNotice } from './notice.js';
import { createPathFinder, type PathFinder } from './path-finder.js';
import { searchBox } from './search-box.js';
import { createTimeline } from './timeline.js';
import {
  DEFAULT_STATE,
  MAX_DEPTH,
  parseState,
  stateToSearch,
  type ViewKind,
  type ViewState,
} from './url-state.js';

const focus = byId<HTMLSelectElement>('focus');
const viewSelect = byId<HTMLSelectElement>('view');
const depth = byId<HTMLSelectElement>('depth');
const asOf = byId<HTMLInputElement>('as-of');
const notice = byId<HTMLElement>('notice');

let state: ViewState = parseState(location.search, DEFAULT_STATE);

/** A new state from a user action: into the URL (a history step when `push`), then drawn. */
function navigate(patch: Partial<ViewState>, push: boolean): void {
  const next = { ...state, ...patch };
  const search = stateToSearch(next);
  if (search !== location.search) history[push ? 'pushState' : 'replaceState'](null, '', search);
  show(next);
}

/** Draws a state (from a user action, a reload or back/forward) and sets the controls to it. */
function show(next: ViewState): void {
  state = next;
  syncControls(next);
  renderDownloads(byId('downloads'), app, next);
  void app.apply(next);
}

const CAPTIONS = {
  MEETINGS: 'Meetings per month',
  PROJECTS: 'Projects per start year',
  ROLES: 'Roles per start year',
} as const;

const timeline = createTimeline((range) => navigate({ from: range.from, to: range.to }, true));
byId('timeline').replaceWith(timeline.element);

function loaded(result: Loaded, drawn: ViewState): void {
  timeline.render(result.timeline, { from: drawn.from, to: drawn.to }, CAPTIONS[result.timelineBy]);
  renderNotice(notice, result, drawn, {
    more: (limit) => navigate({ limit }, true),
    select: (id, label, name) => app.select(id, { label, name, focus: true }),
  });
  renderFilters(byId('filters'), app.graph, drawn, {
    change: (hiddenLabels, hiddenTypes) => navigate({ hiddenLabels, hiddenTypes }, true),
  });
  const name = app.graph.hasNode(drawn.focus)
    ? app.graph.getNodeAttribute(drawn.focus, 'label')
    : '';
  if (name && !Array.from(focus.options).some((o) => o.value === drawn.focus))
    focus.add(new Option(name, drawn.focus));
  focus.value = drawn.focus;
}

const app = new App(
  { graph: byId('graph'), panel: byId('panel'), status: byId('status'), error: byId('error') },
  {
    pathFrom: (id, name) => paths.setFrom(id, name),
    pathTo: (id, name) => paths.setTo(id, name),
  },
  { navigate, loaded },
);
const paths: PathFinder = createPathFinder(
  (from, to, hops) => app.findPaths(from, to, hops),
  () => app.clearPaths(),
);

function syncControls(s: ViewState): void {
  if (Array.from(focus.options).some((o) => o.value === s.focus)) focus.value = s.focus;
  viewSelect.value = s.view;
  for (const option of Array.from(depth.options))
    option.disabled = Number(option.value) > MAX_DEPTH[s.view];
  depth.value = String(s.depth);
  asOf.value = s.asOf ?? '';
  asOf.disabled = s.view !== 'links';
}

/** A new focus starts clean: no expansion, no selection, the first page of partners. */
const refocus = (id: string) =>
  navigate({ focus: id, expanded: [], selected: undefined, limit: DEFAULT_STATE.limit }, true);

searchBox(byId<HTMLInputElement>('search'), (hit) => {
  if (app.graph.hasNode(hit.id))
    app.select(hit.id, { label: hit.label, name: hit.name, focus: true });
  else
    navigate({ focus: hit.id, expanded: [], selected: hit.id, limit: DEFAULT_STATE.limit }, true);
});
focus.addEventListener('change', () => refocus(focus.value));
viewSelect.addEventListener('change', () => {
  const view = viewSelect.value as ViewKind;
  navigate({ view, depth: Math.min(state.depth, MAX_DEPTH[view]), expanded: [] }, true);
});
depth.addEventListener('change', () => navigate({ depth: Number(depth.value) }, true));
asOf.addEventListener('change', () => navigate({ asOf: asOf.value || undefined }, true));
byId<HTMLButtonElement>('as-of-clear').addEventListener('click', () =>
  navigate({ asOf: undefined }, true),
);
window.addEventListener('popstate', () => show(parseState(location.search, DEFAULT_STATE)));
bindKeys(app);

declare global {
  interface Window {
    policyGraph: App;
  }
}
window.policyGraph = app;
show(state);
