import { h } from './dom.js';
import { downloadPng, downloadSvg } from './export-view.js';
import type { App } from './app.js';
import type { ViewState } from './url-state.js';

const FORMATS = ['graphml', 'gexf', 'csv', 'json'] as const;

/** A file name for the view: "businesseurope-meetings-2021-01-01-2021-12-31". */
export function viewFileName(state: ViewState): string {
  const slug = state.focus.replace(/^[a-z]+:/, '').replace(/[^a-z0-9-]+/gi, '-');
  return [slug, state.view, state.from, state.to].filter(Boolean).join('-');
}

/**
 * The drawing as PNG or SVG (what is on screen), and the view in the four export formats: GET
 * /export with the same focus and depth, and the as-of day (links) or the view, period and limit.
 */
export function renderDownloads(root: HTMLElement, app: App, state: ViewState): void {
  const png = h('button', { type: 'button' }, 'PNG');
  png.addEventListener('click', () => void downloadPng(app.view.sigma, viewFileName(state)));
  const svg = h('button', { type: 'button' }, 'SVG');
  svg.addEventListener('click', () =>
    downloadSvg(app.view.sigma, document.title, viewFileName(state)),
  );
  const links = FORMATS.map((format) => {
    const query = new URLSearchParams({
      format,
      around: state.focus,
      depth: String(Math.min(state.depth, 3)),
    });
    if (state.view !== 'links') {
      query.set('view', state.view);
      query.set('limit', String(state.limit));
      if (state.from) query.set('from', state.from);
      if (state.to) query.set('to', state.to);
    } else if (state.asOf) query.set('asOf', state.asOf);
    return h(
      'a',
      { href: `/export?${query.toString()}`, download: true },
      format === 'csv' ? 'CSV (zip)' : format.toUpperCase(),
    );
  });
  root.replaceChildren(png, svg, ...links);
}
