/**
 * Which labels to draw so that none overlaps another: the most important first (the selected
 * node, then by size), each kept only when its box is free. The rest show on hover. Pure (boxes
 * in, ids out), so the rule is tested without a browser.
 */

export interface LabelBox {
  readonly id: string;
  /** Left, top, width and height of the label's text in viewport pixels. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Higher first. */
  readonly priority: number;
}

/** Pixels kept free around each label. */
export const LABEL_MARGIN = 2;

const CELL = 64;

export const overlaps = (a: LabelBox, b: LabelBox, margin = LABEL_MARGIN): boolean =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

function cellsOf(box: LabelBox): string[] {
  const keys: string[] = [];
  const x0 = Math.floor(box.x / CELL);
  const x1 = Math.floor((box.x + box.width) / CELL);
  const y0 = Math.floor(box.y / CELL);
  const y1 = Math.floor((box.y + box.height) / CELL);
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
  return keys;
}

/** Boxes inside the viewport that overlap no box of higher priority kept before them. */
export function chooseLabels(
  boxes: readonly LabelBox[],
  viewport: { width: number; height: number },
): Set<string> {
  const kept = new Set<string>();
  const grid = new Map<string, LabelBox[]>();
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const box of ordered) {
    const inside =
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= viewport.width &&
      box.y + box.height <= viewport.height;
    if (!inside) continue;
    const cells = cellsOf(box);
    const clash = cells.some((key) => grid.get(key)?.some((other) => overlaps(box, other)));
    if (clash) continue;
    kept.add(box.id);
    for (const key of cells) grid.set(key, [...(grid.get(key) ?? []), box]);
  }
  return kept;
}
