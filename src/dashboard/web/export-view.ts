import type Sigma from 'sigma';
import { LABEL_SIZE } from './label-picker.js';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from './graph-store.js';

type View = Sigma<NodeAttributes, EdgeAttributes>;

/** An edge in viewport pixels. With `head` (the arrow head's base width), (x2, y2) is its tip. */
export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: string;
  head?: number;
}

/** A node in viewport pixels; `label` only when it is drawn. */
export interface SvgNode {
  x: number;
  y: number;
  r: number;
  color: string;
  label?: string;
}

// LABEL_SIZE: the size the view draws labels at (view.ts sets sigma's labelSize to it).
const LABEL_COLOR = '#111827';
const LABEL_FONT = 'system-ui, sans-serif';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

const line = (x1: number, y1: number, x2: number, y2: number, edge: SvgEdge): string =>
  `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${escapeXml(edge.color)}" stroke-width="${num(edge.width)}"/>`;

/** A line, and for an arrow a triangle 1.25 × as long as wide (sigma's head: 2.5 × 2 thicknesses). */
function edgeSvg(edge: SvgEdge): string {
  const { x1, y1, x2, y2, head } = edge;
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (!head || length === 0) return line(x1, y1, x2, y2, edge);
  const [ux, uy] = [(x2 - x1) / length, (y2 - y1) / length];
  const back = Math.min(length, head * 1.25);
  const [bx, by] = [x2 - ux * back, y2 - uy * back];
  const half = head / 2;
  const points = [x2, y2, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half];
  const [a, b, c] = [0, 2, 4].map((i) => `${num(points[i] ?? 0)},${num(points[i + 1] ?? 0)}`);
  return (
    line(x1, y1, bx, by, edge) +
    `<polygon points="${a} ${b} ${c}" fill="${escapeXml(edge.color)}"/>`
  );
}

const nodeSvg = (node: SvgNode): string =>
  `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.r)}" fill="${escapeXml(node.color)}"/>`;

/** Placed like sigma's drawDiscNodeLabel: 3px right of the disc, baseline a third of the size down. */
const labelSvg = (node: SvgNode): string =>
  `<text x="${num(node.x + node.r + 3)}" y="${num(node.y + LABEL_SIZE / 3)}">${escapeXml(node.label ?? '')}</text>`;

/** A standalone SVG document: white background, edges, then nodes, then labels on top. */
export function svgDocument(
  width: number,
  height: number,
  title: string,
  edges: SvgEdge[],
  nodes: SvgNode[],
): string {
  const labelled = nodes.filter((node) => node.label);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g>${edges.map(edgeSvg).join('')}</g>`,
    `<g>${nodes.map(nodeSvg).join('')}</g>`,
    `<g font-family="${LABEL_FONT}" font-size="${LABEL_SIZE}" fill="${LABEL_COLOR}">${labelled.map(labelSvg).join('')}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

/**
 * Sigma's edge shader fades both sides of an edge over `feather` px (smoothstep), so a thin edge
 * shows less colour than its width: this is the width of a solid line with the same amount.
 */
export function inkWidth(width: number, feather: number): number {
  const half = width / 2;
  if (feather <= 0) return width;
  const a = Math.max(0, (feather - half) / feather);
  return 2 * Math.max(0, half - feather) + 2 * feather * (0.5 - (a - a ** 3 + a ** 4 / 2));
}

const byZIndex = <T extends { zIndex: number }>(items: T[]): T[] =>
  items.sort((a, b) => (a.zIndex || 0) - (b.zIndex || 0));

/**
 * Visible nodes in drawing order. Radius in pixels = sigma.scaleSize(display size), as in sigma's
 * disc shader, less the half pixel over which that shader fades the rim.
 */
function visibleNodes(sigma: View): SvgNode[] {
  const labels = sigma.getNodeDisplayedLabels();
  const shown: { key: string; data: NodeDisplayData; zIndex: number }[] = [];
  sigma.getGraph().forEachNode((key) => {
    const data = sigma.getNodeDisplayData(key);
    if (data && !data.hidden) shown.push({ key, data, zIndex: data.zIndex });
  });
  return byZIndex(shown).map(({ key, data }) => {
    const { x, y } = sigma.framedGraphToViewport(data);
    const drawn = labels.has(key) || data.highlighted;
    const label = drawn && data.label ? data.label : undefined;
    const r = Math.max(0.5, sigma.scaleSize(data.size) - 0.5);
    return { x, y, r, color: data.color, label };
  });
}

/** Thickness in pixels = max(sigma.scaleSize(size), minEdgeThickness); arrows end at the target's rim. */
function toSvgEdge(
  sigma: View,
  params: RenderParams,
  data: EdgeDisplayData,
  ends: [NodeDisplayData, NodeDisplayData],
): SvgEdge {
  const { x: x1, y: y1 } = sigma.framedGraphToViewport(ends[0]);
  const { x: tx, y: ty } = sigma.framedGraphToViewport(ends[1]);
  const thickness = Math.max(sigma.scaleSize(data.size), params.minEdgeThickness);
  const width = inkWidth(thickness, params.antiAliasingFeather / params.pixelRatio);
  if (data.type !== 'arrow') return { x1, y1, x2: tx, y2: ty, width, color: data.color };
  const length = Math.hypot(tx - x1, ty - y1);
  const back = length > 0 ? Math.min(sigma.scaleSize(ends[1].size), length) / length : 0;
  const [x2, y2] = [tx - (tx - x1) * back, ty - (ty - y1) * back];
  return { x1, y1, x2, y2, width, color: data.color, head: 2 * thickness };
}

/** Edges whose ends are both shown, self-loops left out (sigma draws nothing visible for them). */
function visibleEdges(sigma: View): SvgEdge[] {
  const params = sigma.getRenderParams();
  const shown: { zIndex: number; edge: SvgEdge }[] = [];
  sigma.getGraph().forEachEdge((key, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(key);
    const from = sigma.getNodeDisplayData(source);
    const to = sigma.getNodeDisplayData(target);
    if (!data || !from || !to || data.hidden || from.hidden || to.hidden || source === target)
      return;
    shown.push({ zIndex: data.zIndex, edge: toSvgEdge(sigma, params, data, [from, to]) });
  });
  return byZIndex(shown).map(({ edge }) => edge);
}

/** The drawing as sigma shows it now (reducers applied), in viewport pixels. */
export function viewToSvg(sigma: View, title: string): string {
  const { width, height } = sigma.getDimensions();
  return svgDocument(width, height, title, visibleEdges(sigma), visibleNodes(sigma));
}

const withExtension = (name: string, ext: string): string =>
  name.toLowerCase().endsWith(`.${ext}`) ? name : `${name}.${ext}`;

export function downloadSvg(sigma: View, title: string, fileName: string): void {
  const blob = new Blob([viewToSvg(sigma, title)], { type: 'image/svg+xml;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = withExtension(fileName, 'svg');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** PNG through @sigma/export-image (loaded on demand: it needs WebGL); it appends ".png" itself. */
export async function downloadPng(sigma: View, fileName: string): Promise<void> {
  const { downloadAsPNG } = await import('@sigma/export-image');
  await downloadAsPNG(sigma as unknown as Sigma, {
    fileName: fileName.replace(/\.png$/i, ''),
    backgroundColor: '#ffffff',
  });
}
