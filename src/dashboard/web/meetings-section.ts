import { h } from './dom.js';
import { gql } from './graphql.js';

interface YearCount {
  readonly year: number;
  readonly meetings: number;
}

async function meetingsPerYear(id: string, from: string, to: string): Promise<YearCount[]> {
  const data = await gql<{ meetingsPerYear: YearCount[] }>(
    'query PerYear($id: ID!, $from: Date, $to: Date) { meetingsPerYear(id: $id, from: $from, to: $to) { year meetings } }',
    { id, from: from || null, to: to || null },
  );
  return data.meetingsPerYear;
}

/** Bars of meetings per year, as SVG (text content only; nothing from the API is parsed as markup). */
function chart(rows: readonly YearCount[]): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const el = <K extends keyof SVGElementTagNameMap>(
    tag: K,
    attrs: Record<string, string | number>,
  ) => {
    const node = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  const width = 280;
  const height = 120;
  const max = Math.max(...rows.map((r) => r.meetings), 1);
  const step = width / Math.max(rows.length, 1);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height + 28}`, role: 'img', class: 'per-year' });
  const title = el('title', {});
  title.textContent = rows.map((r) => `${r.year}: ${r.meetings}`).join(', ');
  svg.append(title);
  rows.forEach((r, i) => {
    const barHeight = Math.max(1, (r.meetings / max) * height);
    const x = i * step + step * 0.15;
    svg.append(
      el('rect', { x, y: height - barHeight, width: step * 0.7, height: barHeight, class: 'bar' }),
    );
    const count = el('text', {
      x: x + step * 0.35,
      y: height - barHeight - 2,
      'text-anchor': 'middle',
      class: 'count',
    });
    count.textContent = String(r.meetings);
    const year = el('text', {
      x: x + step * 0.35,
      y: height + 14,
      'text-anchor': 'middle',
      class: 'year',
    });
    year.textContent = rows.length > 8 ? `'${String(r.year).slice(2)}` : String(r.year);
    svg.append(count, year);
  });
  return svg;
}

/**
 * For an official or an organisation: meetings per year (EC meetings register) with a date-range
 * filter. Returns undefined when the entity has no meeting at all (the section is then left out).
 */
export async function meetingsSection(id: string): Promise<HTMLElement | undefined> {
  const all = await meetingsPerYear(id, '', '');
  if (all.length === 0) return undefined;
  const from = h('input', { type: 'date', 'aria-label': 'Meetings from' });
  const to = h('input', { type: 'date', 'aria-label': 'Meetings until' });
  const body = h('div', { 'aria-live': 'polite' });
  const render = (rows: readonly YearCount[]) => {
    const total = rows.reduce((n, r) => n + r.meetings, 0);
    body.replaceChildren(
      h('p', { class: 'muted' }, `${total} meeting${total === 1 ? '' : 's'} in the register`),
      rows.length ? chart(rows) : h('p', { class: 'muted' }, 'None in this date range.'),
    );
  };
  const update = async () => {
    try {
      render(await meetingsPerYear(id, from.value, to.value));
    } catch (error) {
      body.replaceChildren(h('p', { class: 'error', role: 'alert' }, (error as Error).message));
    }
  };
  from.addEventListener('change', () => void update());
  to.addEventListener('change', () => void update());
  render(all);
  return h(
    'section',
    { class: 'meetings' },
    h('h3', {}, 'Meetings per year'),
    h(
      'div',
      { class: 'date-range' },
      h('label', {}, 'From ', from),
      ' ',
      h('label', {}, 'to ', to),
    ),
    body,
  );
}
