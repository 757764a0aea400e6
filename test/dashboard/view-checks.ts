import type { Page } from 'playwright-core';

/** Waits until the page has drawn its current state and the layout has settled. */
export async function settled(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => window.policyGraph?.lastTimings?.settledMs != null, undefined, {
    timeout,
  });
  // The fit after settling is animated (300 ms).
  await page.waitForTimeout(600);
}

/** Nodes drawn (not hidden) whose disc is not entirely inside the drawing. */
export function nodesOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { sigma } = window.policyGraph.view;
    const { width, height } = sigma.getDimensions();
    const outside: string[] = [];
    sigma.getGraph().forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const { x, y } = sigma.framedGraphToViewport(data);
      const r = sigma.scaleSize(data.size);
      if (x - r < 0 || y - r < 0 || x + r > width || y + r > height) outside.push(node);
    });
    return outside;
  });
}

/**
 * Pairs of labels sigma drew that overlap: boxes measured here, from what sigma reports as drawn
 * (getNodeDisplayedLabels) and the canvas's own text metrics, not from the page's label picker.
 */
export function overlappingLabels(page: Page): Promise<{ count: number; pairs: string[] }> {
  return page.evaluate(() => {
    const { sigma } = window.policyGraph.view;
    const context = document.createElement('canvas').getContext('2d')!;
    const size = sigma.getSetting('labelSize');
    context.font = `${size}px ${sigma.getSetting('labelFont')}`;
    // sigma lists a node whose label is empty too (it then draws nothing): only drawn text counts.
    const boxes = [...sigma.getNodeDisplayedLabels()].flatMap((node) => {
      const data = sigma.getNodeDisplayData(node)!;
      if (!data.label) return [];
      const { x, y } = sigma.framedGraphToViewport(data);
      const left = x + sigma.scaleSize(data.size) + 3;
      const right = left + context.measureText(data.label).width;
      return [{ node, left, right, top: y - size / 2, bottom: y + size / 2 }];
    });
    const pairs: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          pairs.push(`${a.node} × ${b.node}`);
      }
    return { count: boxes.length, pairs };
  });
}
