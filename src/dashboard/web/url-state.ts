/**
 * What the page shows, as it lives in the URL: a view can be sent to a colleague, reloaded, and
 * walked with back/forward. Pure functions (no DOM), so they are tested in Node.
 */

/** `links`: every relationship (egoNetwork); the others are weighted views (weightedNetwork). */
export const VIEWS = ['links', 'meetings', 'projects', 'roles'] as const;
export type ViewKind = (typeof VIEWS)[number];

export interface ViewState {
  readonly focus: string;
  readonly view: ViewKind;
  /** 1–3 for links, 1–2 for meetings and roles, 1 for projects. */
  readonly depth: number;
  /** Partners shown in a weighted view (25, 50, … up to 500). */
  readonly limit: number;
  readonly from?: string;
  readonly to?: string;
  /** Roles as of this day (links view). */
  readonly asOf?: string;
  readonly selected?: string;
  /** Entity labels hidden from the drawing. */
  readonly hiddenLabels: readonly string[];
  /** Relationship types hidden from the drawing. */
  readonly hiddenTypes: readonly string[];
  /** Entities expanded one hop (double-click), in order. */
  readonly expanded: readonly string[];
}

export const DEFAULT_STATE: ViewState = {
  focus: 'initiative:vht',
  view: 'links',
  depth: 2,
  limit: 25,
  hiddenLabels: [],
  hiddenTypes: [],
  expanded: [],
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z][a-z0-9-]*:[^\s,]{1,200}$/i;

/** A calendar day "YYYY-MM-DD" (2023-02-30 is not one). */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The deepest depth each view accepts (the API's own bounds). */
export const MAX_DEPTH: Readonly<Record<ViewKind, number>> = {
  links: 3,
  meetings: 2,
  roles: 2,
  projects: 1,
};

const clampInt = (text: string | null, min: number, max: number, fallback: number): number => {
  const n = text === null || text.trim() === '' ? NaN : Number(text);
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
};

const list = (text: string | null): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z_]{1,40}$/.test(s));

/** Reads `?focus=…&view=…`; anything missing or malformed falls back to the default. */
export function parseState(search: string, defaults: ViewState = DEFAULT_STATE): ViewState {
  const q = new URLSearchParams(search);
  const view = (VIEWS as readonly string[]).includes(q.get('view') ?? '')
    ? (q.get('view') as ViewKind)
    : defaults.view;
  const focus = q.get('focus');
  const day = (name: string) => {
    const value = q.get(name);
    return value && isDay(value) ? value : undefined;
  };
  let [from, to] = [day('from'), day('to')];
  if (from && to && from > to) [from, to] = [to, from];
  const selected = q.get('select');
  return {
    focus: focus && ID.test(focus) ? focus : defaults.focus,
    view,
    depth: clampInt(q.get('depth'), 1, MAX_DEPTH[view], Math.min(defaults.depth, MAX_DEPTH[view])),
    limit: clampInt(q.get('limit'), 1, 500, defaults.limit),
    from,
    to,
    asOf: day('asOf'),
    selected: selected && ID.test(selected) ? selected : undefined,
    hiddenLabels: list(q.get('hide')),
    hiddenTypes: list(q.get('hideTypes')),
    expanded: (q.get('expand') ?? '')
      .split(',')
      .filter((id) => ID.test(id))
      .slice(0, 20),
  };
}

/** The query string of a state, without the values equal to the defaults (short URLs). */
export function stateToSearch(state: ViewState, defaults: ViewState = DEFAULT_STATE): string {
  const q = new URLSearchParams();
  q.set('focus', state.focus);
  q.set('view', state.view);
  if (state.depth !== defaults.depth) q.set('depth', String(state.depth));
  if (state.limit !== defaults.limit) q.set('limit', String(state.limit));
  for (const name of ['from', 'to', 'asOf'] as const) {
    const value = state[name];
    if (value) q.set(name, value);
  }
  if (state.hiddenLabels.length) q.set('hide', [...state.hiddenLabels].sort().join(','));
  if (state.hiddenTypes.length) q.set('hideTypes', [...state.hiddenTypes].sort().join(','));
  if (state.expanded.length) q.set('expand', state.expanded.join(','));
  if (state.selected) q.set('select', state.selected);
  return `?${q.toString()}`;
}

/** True when going from `a` to `b` needs new data (not only a new selection or filter). */
export function needsFetch(a: ViewState, b: ViewState): boolean {
  return (
    a.focus !== b.focus ||
    a.view !== b.view ||
    a.depth !== b.depth ||
    a.limit !== b.limit ||
    a.from !== b.from ||
    a.to !== b.to ||
    a.asOf !== b.asOf ||
    a.expanded.join() !== b.expanded.join()
  );
}
