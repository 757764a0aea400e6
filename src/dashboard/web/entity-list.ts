import { h } from './dom.js';

/** One entity of a list: its id and name (a button that opens it), then text about it. */
export interface ListedEntity {
  readonly id: string;
  readonly name: string;
  readonly about: string;
}

/** An ordered list of entities; clicking a name calls `open` with its id and name. */
export function entityList(
  entities: readonly ListedEntity[],
  open: (id: string, name: string) => void,
): HTMLOListElement {
  const list = h(
    'ol',
    { class: 'partners' },
    ...entities.map((e) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'link', 'data-id': e.id, 'data-name': e.name },
          e.name,
        ),
        e.about,
      ),
    ),
  );
  list.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('button[data-id]');
    if (target?.dataset.id) open(target.dataset.id, target.dataset.name ?? target.dataset.id);
  });
  return list;
}
