/** One bar: its label under it, its value, and the text shown over it. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly shown: string;
}

/** Bars as SVG (text content only; nothing from the API is parsed as markup). */
export function barChart(rows: readonly Bar[]): SVGSVGElement {
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
  const max = Math.max(...rows.map((r) => r.value), 1);
  const step = width / Math.max(rows.length, 1);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height + 28}`, role: 'img', class: 'per-year' });
  const title = el('title', {});
  title.textContent = rows.map((r) => `${r.label}: ${r.shown}`).join(', ');
  svg.append(title);
  rows.forEach((r, i) => {
    const barHeight = Math.max(1, (r.value / max) * height);
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
    count.textContent = r.shown;
    const label = el('text', {
      x: x + step * 0.35,
      y: height + 14,
      'text-anchor': 'middle',
      class: 'year',
    });
    label.textContent = r.label;
    svg.append(count, label);
  });
  return svg;
}
