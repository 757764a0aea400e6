import { labelColours } from '../../export/palette.js';
import { App } from './app.js';
import { byId, h } from './dom.js';
import { createPathFinder, type PathFinder } from './path-finder.js';
import { searchBox } from './search-box.js';

const formats = ['graphml', 'gexf', 'csv', 'json'] as const;

const app = new App(
  { graph: byId('graph'), panel: byId('panel'), status: byId('status'), error: byId('error') },
  {
    pathFrom: (id, name) => paths.setFrom(id, name),
    pathTo: (id, name) => paths.setTo(id, name),
  },
);
const paths: PathFinder = createPathFinder(
  (from, to, hops) => app.findPaths(from, to, hops),
  () => app.clearPaths(),
);

const focus = byId<HTMLSelectElement>('focus');
const depth = byId<HTMLSelectElement>('depth');
const asOf = byId<HTMLInputElement>('as-of');
const downloads = byId<HTMLElement>('downloads');
let centre = focus.value;

/** Download links for the current focus (same parameters as the drawing). */
function updateDownloads(): void {
  downloads.replaceChildren(
    ...formats.map((format) => {
      const query = new URLSearchParams({ format, around: centre, depth: String(app.depth) });
      if (app.asOf) query.set('asOf', app.asOf);
      return h(
        'a',
        { href: `/export?${query.toString()}`, download: true },
        format === 'csv' ? 'CSV (zip)' : format.toUpperCase(),
      );
    }),
  );
}

async function focusOn(id: string): Promise<void> {
  centre = id;
  updateDownloads();
  await app.focus(id);
}

searchBox(byId<HTMLInputElement>('search'), (hit) => {
  if (app.graph.hasNode(hit.id))
    app.select(hit.id, { label: hit.label, name: hit.name, focus: true });
  else
    void focusOn(hit.id).then(() =>
      app.select(hit.id, { label: hit.label, name: hit.name, focus: true }),
    );
});
focus.addEventListener('change', () => void focusOn(focus.value));
depth.addEventListener('change', () => {
  app.depth = Number(depth.value);
  void focusOn(centre);
});
asOf.addEventListener('change', () => {
  app.asOf = asOf.value || undefined;
  updateDownloads();
  void app.redraw();
});
byId<HTMLButtonElement>('as-of-clear').addEventListener('click', () => {
  asOf.value = '';
  app.asOf = undefined;
  updateDownloads();
  void app.redraw();
});

byId('legend').replaceChildren(
  ...Object.entries(labelColours).map(([label, colour]) =>
    h('li', {}, Object.assign(h('span'), { style: `background:${colour}` }), label),
  ),
);

declare global {
  interface Window {
    policyGraph: App;
  }
}
window.policyGraph = app;
app.depth = Number(depth.value);
updateDownloads();
void focusOn(centre);
