/**
 * The dashboard's views in Chromium: the product server on the bench's database, the page opened
 * at `/?focus=<id>&view=<view>&depth=<n>`, and the page's own timings (window.policyGraph
 * .lastTimings: ms to the first frame, ms to the end of the layout). Then 5,000 synthetic nodes
 * drawn on a loaded page (drawNetwork) until the layout stops. Defensive: a view whose page never
 * reports timings is recorded as not measured, the bench goes on.
 */
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/config.js';
import { startProduct } from '../../src/server/serve.js';
import {
  CHROMIUM,
  chromiumAvailable,
  launchChromium,
  syntheticNetwork,
} from '../../test/dashboard/browser.js';

export interface PageView {
  readonly title: string;
  readonly focus: string;
  readonly view: 'meetings' | 'projects' | 'roles' | 'links';
  readonly depth: number;
}

/** What the page reports after a view load (the contract of the URL views). */
interface Timings {
  firstFrameMs: number;
  settledMs: number | null;
  nodes: number;
  edges: number;
}

export interface PageRow {
  readonly view: string;
  readonly url?: string;
  readonly notMeasured?: string;
  /** Why not: what the page showed when the wait ended. */
  readonly detail?: string;
  readonly firstFrameMs?: number[];
  readonly settledMs?: number[];
  readonly nodes?: number;
  readonly edges?: number;
}

export interface PageResult {
  readonly skipped?: string;
  readonly rows: PageRow[];
  readonly pageErrors: string[];
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2);
};

type PolicyGraphWindow = { policyGraph?: { lastTimings?: Timings | null } };

/** The page's timings once the layout has settled, or undefined after `timeoutMs`. */
async function viewTimings(page: Page, timeoutMs: number): Promise<Timings | undefined> {
  try {
    const handle = await page.waitForFunction(
      () => {
        const t = (window as unknown as PolicyGraphWindow).policyGraph?.lastTimings;
        return t && t.settledMs !== null ? t : null;
      },
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
    return (await handle.jsonValue()) as Timings;
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') return undefined;
    throw error;
  }
}

/** Draws n synthetic entities on the loaded page: ms to the first frame, to the layout's end. */
async function synthetic(page: Page, n: number, timeoutMs: number) {
  return page.evaluate(
    async ({ network, timeoutMs }) => {
      const pg = window.policyGraph;
      const started = performance.now();
      const firstFrameMs = await pg.drawNetwork(network);
      while (pg.layout.running && performance.now() - started < timeoutMs)
        await new Promise((resolve) => setTimeout(resolve, 20));
      const settledMs = pg.layout.running ? null : performance.now() - started;
      return { firstFrameMs, settledMs, nodes: pg.graph.order, edges: pg.graph.size };
    },
    { network: syntheticNetwork(n), timeoutMs },
  );
}

export async function benchPage(
  driver: Driver,
  database: string,
  views: readonly PageView[],
  options: { rounds: number; timeoutMs: number; synthetic: number; log: (line: string) => void },
): Promise<PageResult> {
  if (!chromiumAvailable)
    return { skipped: `Chromium not found at ${CHROMIUM}`, rows: [], pageErrors: [] };
  const { log, rounds, timeoutMs } = options;
  const server = await startProduct(loadConfig({ NEO4J_DATABASE: database }), driver, database, {
    logger: pino({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
  });
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  const rows: PageRow[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The page declares no timings at all: the URL contract is not there yet, skip the rest.
    let contractMissing = false;
    for (const v of views) {
      const url = `${server.url}/?focus=${encodeURIComponent(v.focus)}&view=${v.view}&depth=${v.depth}`;
      if (contractMissing) {
        rows.push({ view: v.title, url, notMeasured: 'page did not report timings' });
        continue;
      }
      const first: number[] = [];
      const settled: number[] = [];
      let last: Timings | undefined;
      for (let i = 0; i < rounds; i++) {
        await page.goto(url); // a fresh load each round
        last = await viewTimings(page, timeoutMs);
        if (!last) break;
        first.push(last.firstFrameMs);
        settled.push(last.settledMs!);
      }
      if (!last) {
        // What the page shows instead (its status line, timings without a settled layout).
        const seen = await page.evaluate(() => ({
          timings: (window as unknown as PolicyGraphWindow).policyGraph?.lastTimings,
          status: document.querySelector('#status')?.textContent?.trim() ?? '',
        }));
        contractMissing = seen.timings === undefined;
        const detail = `${seen.status ? `status "${seen.status}"` : 'no status'}, lastTimings ${JSON.stringify(seen.timings ?? null)}`;
        rows.push({ view: v.title, url, notMeasured: 'page did not report timings', detail });
        log(`page ${v.title}: not measured (no timings within ${timeoutMs / 1000} s; ${detail})`);
        continue;
      }
      rows.push({ view: v.title, url, firstFrameMs: first, settledMs: settled, ...nodesOf(last) });
      log(
        `page ${v.title}: first frame ${median(first)} ms, settled ${median(settled)} ms; ${last.nodes} nodes, ${last.edges} edges`,
      );
    }

    const title = `${options.synthetic.toLocaleString('en')} synthetic nodes`;
    const first: number[] = [];
    const settled: number[] = [];
    let last: { nodes: number; edges: number } | undefined;
    let notMeasured = 'the layout did not stop in time';
    for (let i = 0; i < rounds; i++) {
      await page.goto(`${server.url}/`);
      const loaded = await page
        .waitForFunction(() => window.policyGraph?.graph.order > 0, undefined, {
          timeout: timeoutMs,
        })
        .then(
          () => true,
          (error: Error) => (error.name === 'TimeoutError' ? false : Promise.reject(error)),
        );
      if (!loaded) {
        notMeasured = 'the page did not load its first network';
        break;
      }
      const t = await synthetic(page, options.synthetic, timeoutMs);
      if (t.settledMs === null) break;
      first.push(t.firstFrameMs);
      settled.push(t.settledMs);
      last = t;
    }
    if (last && first.length === rounds) {
      rows.push({ view: title, firstFrameMs: first, settledMs: settled, ...nodesOf(last) });
      log(`page ${title}: first frame ${median(first)} ms, settled ${median(settled)} ms`);
    } else {
      rows.push({ view: title, notMeasured });
      log(`page ${title}: not measured (${notMeasured})`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  if (pageErrors.length > 0) log(`page errors: ${pageErrors.join(' | ')}`);
  return { rows, pageErrors };
}

const nodesOf = (t: { nodes: number; edges: number }) => ({ nodes: t.nodes, edges: t.edges });
