import { h } from './dom.js';
import { partnersNoun, type Loaded } from './loaders.js';
import type { ViewState } from './url-state.js';

/** Partners added by "Show more". */
export const MORE_STEP = 25;

export interface NoticeActions {
  more(limit: number): void;
  select(id: string, label: string, name: string): void;
}

/**
 * Says what the drawing holds and what it leaves out: "25 of 582 officials, heaviest first —
 * Show 25 more", never a silent cut; and lists the partners shown as buttons (keyboard access to
 * every partner, in weight order).
 */
export function renderNotice(
  root: HTMLElement,
  loaded: Loaded,
  state: ViewState,
  on: NoticeActions,
): void {
  const weighted = loaded.weighted;
  if (!weighted) {
    root.hidden = !loaded.cut;
    root.replaceChildren(
      h(
        'p',
        {},
        'Cut at 500 entities or 2,000 relationships: lower the depth, or hide kinds below.',
      ),
    );
    return;
  }
  root.hidden = false;
  const noun = partnersNoun(state.view, weighted.focus.label);
  const text = weighted.truncated
    ? `${weighted.shown} of ${weighted.total} ${noun} shown, heaviest first`
    : `All ${weighted.total} ${noun} shown`;
  const children: (HTMLElement | string)[] = [h('strong', { class: 'notice-count' }, text)];
  if (weighted.truncated && state.limit < 500) {
    const more = h('button', { type: 'button', class: 'more' }, `Show ${MORE_STEP} more`);
    more.addEventListener('click', () => on.more(Math.min(500, state.limit + MORE_STEP)));
    children.push(' ', more);
  }
  if (weighted.secondTotal !== null)
    children.push(
      h(
        'span',
        { class: 'muted' },
        ` · and the heaviest of their ${weighted.secondTotal} partners`,
      ),
    );
  const partners = weighted.nodes.filter((n) => n.ring === 1);
  // What each shares with the focus (the ranking), not its weight over all links drawn.
  const shared = new Map<string, number>();
  for (const e of weighted.edges) {
    if (e.source === weighted.focus.id) shared.set(e.target, e.count);
    if (e.target === weighted.focus.id) shared.set(e.source, e.count);
  }
  const list = h(
    'ol',
    { class: 'partners', 'aria-label': `Top ${noun}` },
    ...partners.map((p) => {
      const button = h('button', { type: 'button', class: 'link' }, p.name);
      button.addEventListener('click', () => on.select(p.id, p.label, p.name));
      return h('li', {}, button, h('span', { class: 'muted' }, ` · ${shared.get(p.id) ?? 0}`));
    }),
  );
  const details = h('details', {}, h('summary', {}, `List the ${partners.length} ${noun}`), list);
  root.replaceChildren(h('p', {}, ...children), details);
}
