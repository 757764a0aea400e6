import { describe, expect, it } from 'vitest';
import { chooseLabels, overlaps, type LabelBox } from '../../src/dashboard/web/label-layout.js';

const box = (id: string, x: number, y: number, priority: number, width = 50): LabelBox => ({
  id,
  x,
  y,
  width,
  height: 13,
  priority,
});

describe('labels that never overlap', () => {
  it('keeps the more important of two overlapping labels', () => {
    const kept = chooseLabels([box('small', 10, 10, 1), box('big', 30, 15, 9)], {
      width: 500,
      height: 500,
    });
    expect([...kept]).toEqual(['big']);
  });

  it('keeps every label when there is room, none outside the view', () => {
    const boxes = [
      box('a', 0, 0, 1),
      box('b', 100, 0, 1),
      box('c', 0, 100, 1),
      box('d', 480, 0, 5),
    ];
    expect(chooseLabels(boxes, { width: 500, height: 500 })).toEqual(new Set(['a', 'b', 'c']));
  });

  it('no two kept labels overlap, on a crowded random drawing', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const boxes = Array.from({ length: 2000 }, (_, i) =>
      box(`n${i}`, random() * 900, random() * 600, random() * 10, 20 + random() * 120),
    );
    const chosen = chooseLabels(boxes, { width: 1000, height: 700 });
    const kept = boxes.filter((b) => chosen.has(b.id));
    expect(kept.length).toBeGreaterThan(50);
    for (let i = 0; i < kept.length; i++)
      for (let j = i + 1; j < kept.length; j++) expect(overlaps(kept[i]!, kept[j]!, 0)).toBe(false);
  });
});
