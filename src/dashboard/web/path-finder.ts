import { byId } from './dom.js';
import { searchBox } from './search-box.js';

export interface PathFinder {
  setFrom(id: string, name: string): void;
  setTo(id: string, name: string): void;
}

/**
 * Two entities (search or "Path from/to here" in the panel) → `connections` → the shortest paths
 * highlighted in the drawing. `find` returns the line to show under the form.
 */
export function createPathFinder(
  find: (from: string, to: string, maxHops: number) => Promise<string>,
  clear: () => void,
): PathFinder {
  const from = byId<HTMLInputElement>('path-from');
  const to = byId<HTMLInputElement>('path-to');
  const hops = byId<HTMLSelectElement>('path-hops');
  const run = byId<HTMLButtonElement>('path-find');
  const status = byId<HTMLElement>('path-status');
  searchBox(from, () => undefined);
  searchBox(to, () => undefined);
  run.addEventListener('click', async () => {
    const a = from.dataset.id;
    const b = to.dataset.id;
    if (!a || !b) {
      status.textContent = 'Pick both ends from the search suggestions first.';
      status.className = 'error';
      return;
    }
    run.disabled = true;
    status.className = 'muted';
    status.textContent = 'Looking for paths…';
    try {
      status.textContent = await find(a, b, Number(hops.value));
    } catch (error) {
      status.className = 'error';
      status.textContent = `Path finder failed: ${(error as Error).message}`;
    } finally {
      run.disabled = false;
    }
  });
  byId<HTMLButtonElement>('path-clear').addEventListener('click', () => {
    status.textContent = '';
    clear();
  });
  const set = (input: HTMLInputElement, id: string, name: string) => {
    input.value = name;
    input.dataset.id = id;
    input.focus();
  };
  return { setFrom: (id, name) => set(from, id, name), setTo: (id, name) => set(to, id, name) };
}
