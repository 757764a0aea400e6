import { h } from './dom.js';
import {
  countText,
  describe,
  fillGaps,
  indexAt,
  rangeOfSelection,
  rangeText,
  selectedIndexes,
  tickIndexes,
  type DateRange,
  type Period,
} from './timeline-periods.js';

export type { DateRange, Period } from './timeline-periods.js';
export { fillGaps, periodRange, rangeOfSelection, selectedIndexes } from './timeline-periods.js';

export interface Timeline {
  /** A <section class="timeline"> to insert in the page. */
  readonly element: HTMLElement;
  /** Draws the bars (gaps filled with 0) and the selection of `range`; caption e.g. "Meetings per month". */
  render(periods: readonly Period[], range: DateRange, caption: string): void;
}

const NS = 'http://www.w3.org/2000/svg';
const [WIDTH, HEIGHT, TOP, BASE] = [1000, 70, 4, 54];
const COLOUR = {
  all: '#2563eb',
  selected: '#1d4ed8',
  other: '#93c5fd',
  text: '#4b5563',
  axis: '#9ca3af',
  band: '#dbeafe',
  cursor: '#111827',
};

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The column of bar i of n: its left edge, its width, and the bar's own (narrower) box. */
function column(i: number, n: number) {
  const step = WIDTH / n;
  const gap = step > 4 ? step * 0.2 : 0;
  return { left: i * step, step, x: i * step + gap / 2, width: step - gap };
}

/** One bar: a full-height transparent column (for the tooltip) and the visible bar. */
function drawBar(p: Period, i: number, n: number, max: number, caption: string) {
  const c = column(i, n);
  const height = p.count > 0 ? Math.max(1, (p.count / max) * (BASE - TOP)) : 0;
  const bar = svgEl('rect', { x: c.x, y: BASE - height, width: c.width, height });
  const group = svgEl('g', {});
  group.append(
    svgEl('title', {}, `${p.period}: ${countText(p.count, caption)}`),
    svgEl('rect', { x: c.left, y: 0, width: c.step, height: BASE, fill: 'transparent' }),
    bar,
  );
  return { group, bar };
}

/** A year label under bar i, kept inside the chart at both ends. */
function drawTick(p: Period, i: number, n: number): SVGTextElement {
  const c = column(i, n);
  const centre = c.left + c.step / 2;
  const [x, anchor] =
    centre < 14 ? [c.left, 'start'] : centre > WIDTH - 14 ? [WIDTH, 'end'] : [centre, 'middle'];
  const attrs = { x, y: HEIGHT - 4, 'text-anchor': anchor, 'font-size': 10, fill: COLOUR.text };
  return svgEl('text', attrs, p.period.slice(0, 4));
}

/** Replaces the chart's content; returns the visible bars, to be coloured by `paint`. */
function drawChart(svg: SVGSVGElement, periods: readonly Period[], caption: string) {
  const max = Math.max(1, ...periods.map((p) => p.count));
  const drawn = periods.map((p, i) => drawBar(p, i, periods.length, max, caption));
  const axis = { x1: 0, x2: WIDTH, y1: BASE + 0.5, y2: BASE + 0.5, stroke: COLOUR.axis };
  svg.replaceChildren(
    ...drawn.map((d) => d.group),
    svgEl('line', axis),
    ...tickIndexes(periods, 8).map((i) => drawTick(periods[i] as Period, i, periods.length)),
  );
  return drawn.map((d) => d.bar);
}

interface State {
  periods: Period[];
  range: DateRange;
  caption: string;
  drag: { anchor: number; current: number } | null;
  cursor: number;
  anchor: number | null;
  /** What the keyboard cursor is on, said before the selection in the status line. */
  note: string;
}

/** The bars drawn as selected: those being dragged over, else those the range covers. */
function selection(s: State): [number, number] | null {
  const d = s.drag;
  return d
    ? [Math.min(d.anchor, d.current), Math.max(d.anchor, d.current)]
    : selectedIndexes(s.periods, s.range);
}

function paintBars(bars: readonly SVGRectElement[], s: State): void {
  const chosen = Boolean(s.drag || s.range.from || s.range.to);
  const sel = selection(s);
  bars.forEach((bar, i) => {
    const inside = sel !== null && i >= sel[0] && i <= sel[1];
    bar.setAttribute('fill', !chosen ? COLOUR.all : inside ? COLOUR.selected : COLOUR.other);
  });
}

/** Moves a rect over columns first..last (hidden when `show` is false). */
function place(rect: SVGRectElement, n: number, [first, last]: [number, number], show: boolean) {
  if (n === 0) return rect.setAttribute('visibility', 'hidden');
  const [a, b] = [column(first, n), column(last, n)];
  const box = {
    x: a.left + 0.75,
    y: 0.75,
    width: Math.max(b.left + b.step - a.left - 1.5, 1),
    height: BASE,
  };
  for (const [k, v] of Object.entries(box)) rect.setAttribute(k, String(v));
  rect.setAttribute('visibility', show ? 'visible' : 'hidden');
}

const arrowStep = (key: string) => (key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0);

/** A timeline bar chart; dragging over bars (or Shift+arrows) selects a date range, sent to onRange. */
export function createTimeline(onRange: (range: DateRange) => void): Timeline {
  const s: State = {
    periods: [],
    range: {},
    caption: '',
    drag: null,
    cursor: -1,
    anchor: null,
    note: '',
  };
  const svg = svgEl('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: '100%',
    'aria-hidden': 'true',
  });
  svg.style.touchAction = 'none'; // CSSOM, allowed by the CSP (unlike a style attribute)
  const chart = h('div', { class: 'timeline-chart', tabindex: '0', role: 'group' });
  chart.append(svg);
  const [heading, body] = [h('p', { class: 'label' }), h('div', {})];
  const status = h('span', { class: 'muted', 'aria-live': 'polite' });
  const clear = h('button', { type: 'button' }, 'All dates');
  const actions = h('div', { class: 'actions' }, clear, status);
  const element = h('section', { class: 'timeline' }, heading, body, actions);
  const mark = svgEl('rect', { fill: 'none', stroke: COLOUR.cursor, 'stroke-width': 1.5 });
  const band = svgEl('rect', { fill: COLOUR.band });
  let bars: SVGRectElement[] = [];

  const paint = () => {
    const [n, sel, ranged] = [s.periods.length, selection(s), Boolean(s.range.from || s.range.to)];
    paintBars(bars, s);
    place(band, n, sel ?? [0, 0], sel !== null);
    place(mark, n, [s.cursor, s.cursor], n > 0 && document.activeElement === chart);
    chart.setAttribute('aria-label', describe(s.caption, s.periods, s.range));
    status.textContent = `${s.note}${ranged ? `Selected ${rangeText(s.range)}` : 'Showing all dates'}`;
    actions.style.display = n === 0 && !ranged ? 'none' : ''; // CSSOM: allowed by the CSP
  };
  const choose = (range: DateRange, note = '') => {
    Object.assign(s, { range, note, drag: null });
    paint();
    onRange(range);
  };
  const indexOf = (e: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return indexAt((e.clientX - box.left) / (box.width || 1), s.periods.length);
  };

  svg.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || s.periods.length === 0) return;
    const i = indexOf(e);
    s.drag = { anchor: i, current: i };
    Object.assign(s, { cursor: i, anchor: null, note: '' });
    svg.setPointerCapture(e.pointerId);
    e.preventDefault();
    paint();
  });
  svg.addEventListener('pointermove', (e) => {
    if (!s.drag) return;
    const i = indexOf(e);
    if (i !== s.drag.current) [s.drag.current, s.cursor] = [i, i];
    paint();
  });
  svg.addEventListener('pointerup', () => {
    if (s.drag) choose(rangeOfSelection(s.periods, s.drag.anchor, s.drag.current));
  });
  const cancel = () => {
    s.drag = null;
    paint();
  };
  svg.addEventListener('pointercancel', cancel);
  svg.addEventListener('lostpointercapture', () => s.drag && cancel());
  clear.addEventListener('click', () => choose({}));
  chart.addEventListener('focus', () => paint());
  chart.addEventListener('blur', () => paint());

  chart.addEventListener('keydown', (e) => {
    const n = s.periods.length;
    const step = arrowStep(e.key);
    if (n === 0 || (!step && !['Escape', 'Enter', ' '].includes(e.key))) return;
    e.preventDefault();
    if (e.key === 'Escape') return choose({});
    const from = s.anchor ?? s.cursor;
    s.cursor = Math.min(Math.max(s.cursor + step, 0), n - 1);
    const bar = s.periods[s.cursor] as Period;
    const note = `${bar.period}: ${countText(bar.count, s.caption)}. `;
    if (step && !e.shiftKey) {
      Object.assign(s, { anchor: null, note });
      return paint();
    }
    s.anchor = step ? from : s.cursor; // Enter/Space selects the cursor's bar alone
    choose(rangeOfSelection(s.periods, s.anchor, s.cursor), note);
  });

  const render = (periods: readonly Period[], range: DateRange, caption: string) => {
    Object.assign(s, { periods: fillGaps(periods), range, caption, drag: null });
    heading.textContent = caption;
    const n = s.periods.length;
    if (s.cursor < 0 || s.cursor >= n) s.cursor = selectedIndexes(s.periods, range)?.[1] ?? n - 1;
    if (s.anchor !== null && s.anchor >= n) s.anchor = null;
    if (n === 0) {
      body.replaceChildren(h('p', { class: 'muted' }, 'No dated items'));
      return paint();
    }
    bars = drawChart(svg, s.periods, caption);
    svg.prepend(band);
    svg.append(mark);
    if (body.firstChild !== chart) body.replaceChildren(chart); // keeps the keyboard focus
    paint();
  };
  return { element, render };
}
