import type { Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import { CORDIS_JUDGEMENTS, CORDIS_SUBSET } from '../../src/import/cordis/files.js';
import { importCordis } from '../../src/import/cordis/import.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../src/import/ec-meetings/files.js';
import { importMeetings } from '../../src/import/ec-meetings/import.js';
import type { RunningServer } from '../../src/server/start-server.js';
import { openTestDriver } from '../../harness/database.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import {
  browserRequired,
  chromiumAvailable,
  chromiumMissing,
  openDashboard,
  type DashboardSession,
} from './browser.js';
import { nodesOutside, overlappingLabels, settled } from './view-checks.js';

// The weighted views as a researcher sees them, on the seed, the meetings register and the
// shipped Horizon Europe Health subset: what the notice says, who the top partners are (checked
// against Cypher), every node inside the view, no label over another, and the URL round trip.
const artifacts = fromRoot('test', 'artifacts');
let driver: Driver;
let database: string;
let server: RunningServer;
let session: DashboardSession;
let page: Page;
let pageErrors: string[] = [];

async function cypher<T = Record<string, unknown>>(statement: string, params = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(statement, params, { database });
  return records.map((r) => r.toObject() as T);
}

const count = (n: unknown) => Number(n);

describe.skipIf(!chromiumAvailable && !browserRequired)('weighted views in a real browser', () => {
  beforeAll(async () => {
    if (!chromiumAvailable) throw new Error(`CI=true and ${chromiumMissing}`);
    const opened = openTestDriver();
    driver = opened.driver;
    database = opened.connection.database;
    await loadFoundingGraph(driver, database);
    await importMeetings(driver, database, EC_MEETINGS_FILES, { judgementsPath: JUDGEMENTS_FILE });
    await importCordis(driver, database, [CORDIS_SUBSET], { judgementsPath: CORDIS_JUDGEMENTS });
    // The product as `serve` assembles it: GraphQL, exports and the dashboard.
    session = await openDashboard(driver, database);
    ({ server, page, pageErrors } = session);
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    await driver?.close();
  });

  const open = async (search: string) => {
    await page.goto(`${server.url}/${search}`);
    await settled(page);
  };
  const noticeText = () => page.locator('#notice p').first().textContent();
  const partnerNames = () => page.locator('#notice ol.partners li button').allTextContents();

  it('fits the VHT focus in the view, every label readable', async () => {
    await open('?focus=initiative:vht&view=links&depth=2');
    expect(await page.evaluate(() => window.policyGraph.graph.order)).toBeGreaterThan(50);
    expect(await nodesOutside(page)).toEqual([]);
    const labels = await overlappingLabels(page);
    expect(labels.count).toBeGreaterThan(5);
    expect(labels.pairs).toEqual([]);
    await expect
      .poll(() => page.locator('#panel h2').textContent(), { timeout: 20_000 })
      .toContain('Virtual Human Twins');
    await page.screenshot({ path: `${artifacts}/view-vht.png` });
  });

  it('BUSINESSEUROPE: the officials it met, weighted, with a notice and the top names', async () => {
    const officials = await cypher<{ name: string; n: unknown }>(
      `MATCH (:Organisation {id: 'org:businesseurope'})-[:MET_AT]->(m:Event {kind: 'MEETING'})<-[:ATTENDED]-(p:Person)
       RETURN p.name AS name, count(DISTINCT m) AS n ORDER BY n DESC, name`,
    );
    expect(officials.length).toBeGreaterThan(25);
    await open('?focus=org:businesseurope&view=meetings&depth=1');
    expect(await noticeText()).toContain(`25 of ${officials.length} officials shown`);
    expect((await partnerNames()).slice(0, 5)).toEqual(officials.slice(0, 5).map((o) => o.name));
    const heaviest = await page.evaluate(() => {
      const { graph } = window.policyGraph;
      const edges = graph.edges().map((e) => graph.getEdgeAttributes(e));
      const top = edges.reduce((a, b) => ((b.count ?? 0) > (a.count ?? 0) ? b : a));
      return { count: top.count, widest: edges.every((e) => e.size <= top.size) };
    });
    expect(heaviest).toEqual({ count: count(officials[0]!.n), widest: true });
    expect(await nodesOutside(page)).toEqual([]);
    expect((await overlappingLabels(page)).pairs).toEqual([]);
    await page.locator('#panel h2', { hasText: 'BUSINESSEUROPE' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: `${artifacts}/view-businesseurope.png` });
  });

  it('opens the meetings behind a link, with their register rows', async () => {
    await page.evaluate(() => {
      const { graph, view } = window.policyGraph;
      const edge = graph
        .edges()
        .sort(
          (a, b) => graph.getEdgeAttribute(b, 'count')! - graph.getEdgeAttribute(a, 'count')!,
        )[0];
      view.sigma.emit('clickEdge', { edge } as never);
    });
    await expect.poll(() => page.locator('#panel h2').textContent()).toContain('↔');
    const summary = await page.locator('#panel header p').textContent();
    expect(summary).toMatch(/^\d+ meetings · \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}/);
    const items = page.locator('#panel ul.entries > li');
    expect(await items.count()).toBe(Math.min(100, Number(summary!.split(' ')[0])));
    expect(await items.first().locator('.lines').textContent()).toMatch(/\.jsonl:\d+/);
  });

  it('shows 25 more on request, in the URL; back returns to the first 25', async () => {
    await page.locator('#notice button.more').click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('limit')).toBe('50');
    expect(await noticeText()).toMatch(/^(50 of \d+|All \d+) officials shown/);
    await page.goBack();
    await settled(page);
    expect(await noticeText()).toContain('25 of');
  });

  it('KU Leuven (Horizon Europe): partners by shared projects, linked among themselves', async () => {
    const [leuven] = await cypher<{ id: string }>(
      `MATCH (o:Organisation)-[r:PARTICIPATES_IN]->() WHERE o.name =~ '(?i).*leuven.*' AND r.droppedBy IS NULL
       RETURN o.id AS id, count(*) AS n ORDER BY n DESC LIMIT 1`,
    );
    const partners = await cypher<{ name: string }>(
      `MATCH (a:Organisation {id: $id})-[r1:PARTICIPATES_IN]->(p:Project)<-[r2:PARTICIPATES_IN]-(b:Organisation)
       WHERE a <> b AND r1.droppedBy IS NULL AND r2.droppedBy IS NULL
       WITH DISTINCT b, p WITH b, count(p) AS n, sum(coalesce(p.ecMaxContribution, 0.0)) AS eur
       RETURN b.name AS name, n ORDER BY n DESC, eur DESC, name`,
      { id: leuven!.id },
    );
    await open(`?focus=${leuven!.id}&view=projects`);
    const shown = Math.min(25, partners.length);
    expect(await noticeText()).toContain(
      partners.length > 25
        ? `25 of ${partners.length} organisations shown`
        : `All ${partners.length}`,
    );
    expect((await partnerNames()).slice(0, 3)).toEqual(partners.slice(0, 3).map((p) => p.name));
    const among = await page.evaluate((focus) => {
      const { graph } = window.policyGraph;
      return graph.filterEdges((_e, _a, s, t) => s !== focus && t !== focus).length;
    }, leuven!.id);
    expect(await page.evaluate(() => window.policyGraph.graph.order)).toBe(shown + 1);
    expect(among).toBeGreaterThan(0);
    expect(await nodesOutside(page)).toEqual([]);
    expect((await overlappingLabels(page)).pairs).toEqual([]);
    await page.screenshot({ path: `${artifacts}/view-ku-leuven.png` });
    // The projects behind the heaviest link, each with the release and rows that state it.
    await page.evaluate((focus) => {
      const { graph, view } = window.policyGraph;
      const edge = graph
        .edges(focus)
        .sort(
          (a, b) => graph.getEdgeAttribute(b, 'count')! - graph.getEdgeAttribute(a, 'count')!,
        )[0];
      view.sigma.emit('clickEdge', { edge } as never);
    }, leuven!.id);
    await expect
      .poll(() => page.locator('#panel header p').textContent())
      .toMatch(/shared projects/);
    const summary = (await page.locator('#panel header p').textContent())!;
    const items = page.locator('#panel ul.entries > li');
    expect(await items.count()).toBe(Number(summary.split(' ')[0]));
    expect(await items.first().locator('.lines').textContent()).toMatch(/\.xml:\d+/);
    expect(await items.first().locator('.sources a, .sources code').count()).toBeGreaterThan(0);
  });

  it('keeps filters, period and selection in the URL: reload and back/forward restore them', async () => {
    await open('?focus=org:businesseurope&view=meetings&depth=2');
    await page.locator('#filters label', { hasText: 'Person' }).locator('input').uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe('Person');
    const hidden = () =>
      page.evaluate(() => {
        const { view, graph } = window.policyGraph;
        return graph.filterNodes((n) => view.sigma.getNodeDisplayData(n)?.hidden === true).length;
      });
    expect(await hidden()).toBeGreaterThan(0);
    // Drag across the timeline: a period, in the URL, and the view counts only its meetings.
    const chart = page.locator('.timeline-chart svg');
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.4, { steps: 5 });
    await page.mouse.up();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('from'))
      .toMatch(/^\d{4}-\d{2}-01$/);
    await settled(page);
    const url = new URL(page.url());
    const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
    const [row] = await cypher<{ n: unknown }>(
      `MATCH (:Organisation {id: 'org:businesseurope'})-[:MET_AT]->(m:Event {kind: 'MEETING'})<-[:ATTENDED]-(p:Person)
       WHERE m.date >= date($from) AND m.date <= date($to) RETURN count(DISTINCT p) AS n`,
      { from, to },
    );
    const n = row!.n;
    expect(await noticeText()).toMatch(new RegExp(`(of|All) ${count(n)} officials shown`));
    await page.reload();
    await settled(page);
    expect(
      await page.locator('#filters label', { hasText: 'Person' }).locator('input').isChecked(),
    ).toBe(false);
    expect(await hidden()).toBeGreaterThan(0);
    expect(await noticeText()).toMatch(new RegExp(`(of|All) ${count(n)} officials shown`));
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    await page.goForward();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    // Esc clears the selection: the panel says so, and the URL holds none.
    await page.locator('#notice details summary').click();
    await page.locator('#notice ol.partners li button').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).not.toBeNull();
    await page.locator('body').press('Escape');
    await expect.poll(() => page.locator('#panel').textContent()).toContain('Select an entity');
    expect(new URL(page.url()).searchParams.get('select')).toBeNull();
    expect(pageErrors).toEqual([]);
  });

  it('around an initiative: the organisations that met about it, and the meetings behind a link', async () => {
    await open('?focus=initiative:ehds&view=meetings&depth=1');
    expect(await noticeText()).toMatch(/organisations shown/);
    await page.evaluate(() => {
      const { graph, view } = window.policyGraph;
      view.sigma.emit('clickEdge', { edge: graph.edges()[0] } as never);
    });
    await expect.poll(() => page.locator('#panel header p').textContent()).toMatch(/meetings?/);
    const summary = (await page.locator('#panel header p').textContent())!;
    expect(await page.locator('#panel ul.entries > li').count()).toBe(
      Number(summary.split(' ')[0]),
    );
    expect(pageErrors).toEqual([]);
  });
});
