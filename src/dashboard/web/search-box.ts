import { h } from './dom.js';
import { search } from './queries.js';
import type { SearchHit } from './types.js';

/**
 * A combobox over the typo-tolerant `search` query: type, pick with arrows + Enter or the mouse.
 * Errors show inside the list; a newer keystroke cancels the older request.
 */
export function searchBox(input: HTMLInputElement, onPick: (hit: SearchHit) => void): void {
  const list = h('ul', { class: 'hits', role: 'listbox', id: `${input.id}-hits`, hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const show = (items: HTMLElement[]) => {
    list.replaceChildren(...items);
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const pick = (hit: SearchHit) => {
    input.value = hit.name;
    input.dataset.id = hit.id;
    close();
    onPick(hit);
  };
  const render = () =>
    show(
      hits.map((hit, i) => {
        const item = h(
          'li',
          { role: 'option', id: `${list.id}-${i}`, 'aria-selected': String(i === active) },
          h('span', { class: `badge ${hit.label}` }, hit.label),
          ` ${hit.name}`,
        );
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(hit);
        });
        return item;
      }),
    );

  input.addEventListener('input', () => {
    delete input.dataset.id;
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) return close();
    timer = window.setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      show([h('li', { class: 'muted' }, 'Searching…')]);
      try {
        hits = await search(text, controller.signal);
        active = hits.length > 0 ? 0 : -1;
        if (hits.length === 0) show([h('li', { class: 'muted' }, `No match for “${text}”.`)]);
        else render();
      } catch (error) {
        if ((error as Error).name !== 'AbortError')
          show([h('li', { class: 'error' }, (error as Error).message)]);
      }
    }, 250);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
      input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (!list.hidden && hit) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
}
