import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardIsFresh } from '../../src/dashboard/build.js';
import { createDashboardRouter } from '../../src/dashboard/router.js';

let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(createDashboardRouter());
  app.use((_req, res) => void res.status(404).send('next'));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('dashboard router', () => {
  it('builds the page when needed and serves it with its assets at /', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('EU policy stakeholder network');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${base}/${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(dashboardIsFresh()).toBe(true);
  }, 120_000);

  it('leaves every other path to the next handler', async () => {
    for (const path of ['/graphql', '/export', '/assets/missing.js']) {
      const res = await fetch(`${base}${path}`);
      expect(await res.text(), path).toBe('next');
    }
  });
});
