import { existsSync, mkdirSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { startProduct } from '../../src/server/serve.js';
import type { RunningServer } from '../../src/server/start-server.js';
import { LABELS } from '../../src/model/labels.js';

/** Debian's chromium (apt-get install chromium), or PG_CHROMIUM. */
export const CHROMIUM = process.env.PG_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);

/** CI must run the browser test: there a missing Chromium fails it; locally it is skipped. */
export const browserRequired = ['true', '1'].includes(process.env.CI ?? '');

export const chromiumMissing = `Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set PG_CHROMIUM to a Chromium binary.`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      // WebGL without a GPU: ANGLE on SwiftShader (software), as sigma needs WebGL.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ],
  });
}

/** A synthetic network of `n` entities and about 2n relationships (for the drawing benchmark). */
export function syntheticNetwork(n: number) {
  const labels = LABELS;
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `x:${i}`,
    label: labels[i % labels.length] as string,
    name: `Entity ${i}`,
    kind: null,
  }));
  const edges = [];
  for (let i = 1; i < n; i++) {
    edges.push({ source: `x:${i}`, target: `x:${Math.floor(i / 3)}`, type: 'PART_OF' });
    edges.push({ source: `x:${i}`, target: `x:${(i * 7919) % n}`, type: 'RELATES_TO' });
  }
  return { nodes, edges };
}

/** The product as `serve` assembles it (GraphQL, exports, dashboard) and one Chromium page on it. */
export interface DashboardSession {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly page: Page;
  /** Uncaught errors of the page. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openDashboard(driver: Driver, database: string): Promise<DashboardSession> {
  const server = await startProduct(loadConfig({ NEO4J_DATABASE: database }), driver, database, {
    logger: pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mkdirSync(fromRoot('test', 'artifacts'), { recursive: true });
  return {
    server,
    browser,
    page,
    pageErrors,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
