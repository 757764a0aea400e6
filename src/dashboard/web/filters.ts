import { labelColours } from '../../export/palette.js';
import { h } from './dom.js';
import type { PolicyGraph } from './graph-store.js';
import type { ViewState } from './url-state.js';

export interface FilterActions {
  change(hiddenLabels: string[], hiddenTypes: string[]): void;
}

function checkbox(text: string, checked: boolean, colour?: string): HTMLLabelElement {
  const input = h('input', { type: 'checkbox', value: text, checked });
  const swatch = colour ? h('span', { class: 'swatch' }) : null;
  if (swatch && colour) swatch.style.background = colour;
  return h('label', {}, input, swatch, ` ${text}`);
}

/**
 * The legend as filters: one checkbox per entity label in the drawing (its colour) and per
 * relationship type; unticking hides those from the drawing (kept in the URL).
 */
export function renderFilters(
  root: HTMLElement,
  graph: PolicyGraph,
  state: ViewState,
  on: FilterActions,
): void {
  const labels = new Set<string>(state.hiddenLabels);
  graph.forEachNode((_n, a) => labels.add(a.entityLabel));
  const types = new Set<string>(state.hiddenTypes);
  graph.forEachEdge((_e, a) => types.add(a.relType));
  const labelBoxes = [...labels]
    .sort()
    .map((l) => checkbox(l, !state.hiddenLabels.includes(l), labelColours[l]));
  const typeBoxes = [...types].sort().map((t) => checkbox(t, !state.hiddenTypes.includes(t)));
  const read = (boxes: HTMLLabelElement[]) =>
    boxes
      .map((b) => b.querySelector('input')!)
      .filter((i) => !i.checked)
      .map((i) => i.value);
  const changed = () => on.change(read(labelBoxes), read(typeBoxes));
  for (const box of [...labelBoxes, ...typeBoxes])
    box.querySelector('input')!.addEventListener('change', changed);
  root.replaceChildren(
    h('fieldset', {}, h('legend', {}, 'Show entities'), ...labelBoxes),
    h('fieldset', {}, h('legend', {}, 'Show relationships'), ...typeBoxes),
  );
}
