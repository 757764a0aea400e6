import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { startProduct } from '../../src/server/serve.js';
import type { RunningServer } from '../../src/server/start-server.js';
import { openTestDriver } from '../../harness/database.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import {
  browserRequired,
  chromiumAvailable,
  chromiumMissing,
  launchChromium,
  syntheticNetwork,
} from './browser.js';

const artifacts = fromRoot('test', 'artifacts');
if (!chromiumAvailable && !browserRequired) {
  process.stderr.write(`[dashboard] SKIPPED the browser test. ${chromiumMissing}\n`);
}

let driver: Driver;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

// Skipped only off CI: with CI=true a missing Chromium fails every test below.
describe.skipIf(!chromiumAvailable && !browserRequired)('dashboard in a real browser', () => {
  beforeAll(async () => {
    if (!chromiumAvailable) throw new Error(`CI=true and ${chromiumMissing}`);
    const opened = openTestDriver();
    driver = opened.driver;
    const database = opened.connection.database;
    await loadFoundingGraph(driver, database);
    const config = loadConfig({ NEO4J_DATABASE: database });
    // The product as `serve` assembles it: GraphQL, exports and the dashboard.
    server = await startProduct(config, driver, database, {
      logger: pino({ level: 'silent' }),
      port: 0,
      host: '127.0.0.1',
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    mkdirSync(artifacts, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await driver?.close();
  });

  const order = () => page.evaluate(() => window.policyGraph.graph.order);

  it('loads the VHT focus network from the GraphQL API', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => window.policyGraph?.graph.order > 0, undefined, {
      timeout: 30_000,
    });
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('#panel h2').textContent())
      .toContain('Virtual Human Twins');
  });

  it('finds "Virkunnen" (typo) and shows Henna Virkkunen with roles and sources', async () => {
    await page.locator('#search').focus();
    await page.keyboard.type('Virkunnen');
    await page.locator('#search-hits li', { hasText: 'Henna Virkkunen' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Henna Virkkunen');
    const docs = page.locator('#panel .docs a');
    await docs.first().waitFor();
    expect(await docs.first().getAttribute('href')).toMatch(/^https:\/\/ebrains\.eu\//);
    const edgeSources = page.locator('#panel .entry .sources a');
    expect(await edgeSources.count()).toBeGreaterThan(0);
  });

  it('expands the selected node one hop', async () => {
    const before = await order();
    await page.locator('#panel button', { hasText: 'Expand neighbours' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/entities/);
    expect(await order()).toBeGreaterThanOrEqual(before);
  });

  it('finds the paths between two entities and highlights them', async () => {
    await page.locator('#panel button', { hasText: 'Path from here' }).click();
    await page.locator('#path-to').fill('');
    await page.locator('#path-to').pressSequentially('EBRAINS');
    await page.locator('#path-to-hits li', { hasText: 'EBRAINS' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#path-find').click();
    await expect
      .poll(() => page.locator('#path-status').textContent(), { timeout: 15_000 })
      .toMatch(/on the shortest paths|No path/);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${artifacts}/dashboard.png` });
    expect(pageErrors).toEqual([]);
  });

  it('shows the provenance of a clicked relationship', async () => {
    const found = await page.evaluate(() => {
      const { graph, view } = window.policyGraph;
      const edge = graph.findEdge((_key, attributes) => attributes.relType === 'SPOKE_AT');
      if (edge) view.sigma.emit('clickEdge', { edge } as never);
      return edge;
    });
    expect(found).toBeDefined();
    await expect.poll(() => page.locator('#panel h2').textContent()).toContain('→');
    await expect.poll(() => page.locator('#panel .sources a').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel .badge.edge').textContent()).toBe('SPOKE_AT');
  });

  it('redraws for roles valid on the "as of" date', async () => {
    await page.locator('#as-of').fill('2025-10-21');
    await expect
      .poll(() => page.locator('#status').textContent(), { timeout: 20_000 })
      .toContain('roles as of 2025-10-21');
    expect(await page.locator('#downloads a').first().getAttribute('href')).toContain(
      'asOf=2025-10-21',
    );
    expect(await order()).toBeGreaterThan(0);
  });

  it('draws 2,000 entities without freezing (time to first draw)', async () => {
    const ms = await page.evaluate(
      (network) => window.policyGraph.drawNetwork(network),
      syntheticNetwork(2000),
    );
    // While ForceAtlas2 runs in its worker the main thread stays free: the longest event-loop
    // stall is measured with a setTimeout(0) loop. Frames are counted too, for information only:
    // headless Chromium draws WebGL in software here (SwiftShader on 2 shared cores), so the frame
    // rate says more about this machine than about the page.
    const probe = await page.evaluate(
      () =>
        new Promise<{ maxLag: number; frames: number }>((resolve) => {
          let frames = 0;
          let maxLag = 0;
          let last = performance.now();
          const end = last + 3000;
          const loop = () => {
            const now = performance.now();
            maxLag = Math.max(maxLag, now - last);
            last = now;
            if (now < end) setTimeout(loop, 0);
            else resolve({ maxLag, frames });
          };
          const frame = () => {
            frames++;
            if (performance.now() < end) requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
          setTimeout(loop, 0);
        }),
    );
    await page.screenshot({ path: `${artifacts}/dashboard-2000.png` });
    process.stderr.write(
      `[dashboard bench] 2000 nodes, ~4000 edges: first draw ${ms.toFixed(0)} ms; during layout the ` +
        `longest main-thread stall was ${probe.maxLag.toFixed(0)} ms (${probe.frames} frames in 3 s, software WebGL)\n`,
    );
    expect(await order()).toBe(2000);
    expect(ms).toBeLessThan(5000);
    expect(probe.maxLag).toBeLessThan(1000);
  });
});
