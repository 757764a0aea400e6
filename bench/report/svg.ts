import type { ApiResult } from '../api/bench-api.js';
import { parseSize } from '../generate/model.js';
import type { ScaleResult } from '../scale.js';
import { COLOURS, fmt, line, logScale, logTicks, text } from './svg-kit.js';

const W = 1000;
const H = 490;
const PANEL = { top: 50, bottom: 380 };

/** Left: p50 of the anchored queries by graph size (log–log). Right: latency per question and mode. */
export function chartSvg(date: string, scale?: ScaleResult, api?: ApiResult): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    text(
      W / 2,
      20,
      `policy-graph benchmarks, ${date}`,
      'text-anchor="middle" font-size="14" font-weight="bold"',
    ),
  ];
  parts.push(
    ...(scale
      ? scalePanel(scale, 60, 420)
      : [text(240, 200, 'no scale run', 'text-anchor="middle"')]),
  );
  parts.push(
    ...(api ? latencyPanel(api, 560, 980) : [text(760, 200, 'no API run', 'text-anchor="middle"')]),
  );
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function scalePanel(scale: ScaleResult, x0: number, x1: number): string[] {
  const sizes = scale.sizes.map((s) => parseSize(s.size));
  const series = Object.entries(scale.ms).flatMap(([q, byMode]) =>
    Object.entries(byMode).map(([mode, bySize]) => ({
      name: `${q} (${mode})`,
      points: scale.sizes.map((s, i) => [sizes[i]!, bySize[s.size]!.p50] as const),
    })),
  );
  const all = series.flatMap((s) => s.points.map((p) => p[1]));
  const yLo = Math.min(...all) / 1.5;
  const yHi = Math.max(...all) * 1.5;
  const x = logScale(Math.min(...sizes) / 1.5, Math.max(...sizes) * 1.5, x0 + 40, x1);
  const y = logScale(yLo, yHi, PANEL.bottom, PANEL.top);
  const out = [
    text(
      (x0 + x1) / 2,
      40,
      'Scale curve: p50 latency (ms) by graph size (nodes)',
      'text-anchor="middle" font-weight="bold"',
    ),
  ];
  out.push(
    line(x0 + 40, PANEL.bottom, x1, PANEL.bottom, 'stroke="#444"'),
    line(x0 + 40, PANEL.top, x0 + 40, PANEL.bottom, 'stroke="#444"'),
  );
  for (const s of sizes) out.push(text(x(s), PANEL.bottom + 14, fmt(s), 'text-anchor="middle"'));
  for (const t of logTicks(yLo, yHi)) {
    out.push(
      line(x0 + 40, y(t), x1, y(t), 'stroke="#eee"'),
      text(x0 + 35, y(t) + 4, fmt(t), 'text-anchor="end"'),
    );
  }
  series.forEach((s, i) => {
    const c = COLOURS[i % COLOURS.length]!;
    const pts = s.points.map(([a, b]) => `${x(a).toFixed(1)},${y(b).toFixed(1)}`).join(' ');
    out.push(`<polyline points="${pts}" fill="none" stroke="${c}" stroke-width="2"/>`);
    for (const [a, b] of s.points)
      out.push(`<circle cx="${x(a).toFixed(1)}" cy="${y(b).toFixed(1)}" r="3" fill="${c}"/>`);
    out.push(text(x0 + 50, PANEL.bottom + 30 + i * 13, `■ ${s.name}`, `fill="${c}"`));
  });
  return out;
}

function latencyPanel(api: ApiResult, x0: number, x1: number): string[] {
  const rows = api.questions.flatMap((q) =>
    (['graphql-http', 'executeOperation', 'cypher'] as const).map((mode) => ({
      q: q.question,
      mode,
      s: q.ms[mode],
    })),
  );
  const lo = Math.min(...rows.map((r) => r.s.min)) / 1.2;
  const hi = Math.max(...rows.map((r) => r.s.p99)) * 1.2;
  const labelW = 150;
  const x = logScale(lo, hi, x0 + labelW, x1);
  const step = (PANEL.bottom - PANEL.top - 10) / rows.length;
  const out = [
    text(
      (x0 + x1) / 2,
      40,
      'API latency (ms, log): min–p95 bar, p50 dot, p99 tick',
      'text-anchor="middle" font-weight="bold"',
    ),
  ];
  for (const t of logTicks(lo, hi)) {
    out.push(
      line(x(t), PANEL.top, x(t), PANEL.bottom, 'stroke="#eee"'),
      text(x(t), PANEL.bottom + 14, fmt(t), 'text-anchor="middle"'),
    );
  }
  const modeColour = {
    'graphql-http': COLOURS[0]!,
    executeOperation: COLOURS[1]!,
    cypher: COLOURS[2]!,
  };
  rows.forEach((r, i) => {
    const yy = PANEL.top + 10 + i * step;
    if (i % 3 === 0) out.push(text(x0 + labelW - 6, yy + step, r.q, 'text-anchor="end"'));
    const c = modeColour[r.mode];
    out.push(
      line(x(r.s.min), yy, x(r.s.p95), yy, `stroke="${c}" stroke-width="4" stroke-opacity="0.45"`),
    );
    out.push(`<circle cx="${x(r.s.p50).toFixed(1)}" cy="${yy.toFixed(1)}" r="3.5" fill="${c}"/>`);
    out.push(line(x(r.s.p99), yy - 4, x(r.s.p99), yy + 4, `stroke="${c}" stroke-width="2"`));
  });
  Object.entries(modeColour).forEach(([mode, c], i) =>
    out.push(text(x0 + labelW + i * 120, PANEL.bottom + 30, `■ ${mode}`, `fill="${c}"`)),
  );
  return out;
}
