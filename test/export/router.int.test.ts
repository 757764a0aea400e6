import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { createExportRouter } from '../../src/export/router.js';
import { clearGraph, openTestDriver, testConnection } from '../../harness/database.js';
import { readZip } from './read-zip.js';
import { createSmallGraph, smallGraphCounts } from './small-graph.js';

let driver: Driver;
let server: Server;
let base: string;

beforeAll(async () => {
  const opened = openTestDriver();
  driver = opened.driver;
  await clearGraph(driver, opened.connection.database);
  await createSmallGraph(driver, opened.connection.database);
  const app = express();
  app.use(createExportRouter(driver, loadConfig({ NEO4J_DATABASE: opened.connection.database })));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await driver.close();
});

describe('GET /export', () => {
  it('downloads GEXF around an entity with a descriptive file name', async () => {
    const res = await fetch(
      `${base}/export?format=gexf&around=initiative:vht&depth=1&asOf=2025-10-21`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/gexf+xml');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="policy-graph-around-initiative-vht-d1-as-of-2025-10-21.gexf"',
    );
    const body = await res.text();
    expect(body).toContain('<node id="initiative:vht" label="Virtual Human Twins Initiative">');
    expect(body.trimEnd().endsWith('</gexf>')).toBe(true);
  });

  it('downloads CSV as a zip of nodes.csv and edges.csv', async () => {
    const res = await fetch(`${base}/export?format=csv`);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = await readZip(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(files['edges.csv']?.trimEnd().split('\r\n')).toHaveLength(smallGraphCounts.edges + 1);
  });

  it('answers 400 and 404 with a public error code', async () => {
    const bad = await fetch(`${base}/export?format=pdf`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'EXPORT_INVALID_REQUEST' } });
    const missing = await fetch(`${base}/export?format=json&around=person:nobody`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'EXPORT_NOT_FOUND' } });
  });
});

describe('policy-graph export (CLI)', () => {
  it('writes JSON to stdout and a summary to stderr', async () => {
    const connection = testConnection();
    const child = spawn(
      process.execPath,
      [fromRoot('bin/policy-graph.js'), 'export', '--format', 'json', '--around', 'org:dg-connect'],
      {
        env: {
          ...process.env,
          NEO4J_URI: connection.uri,
          NEO4J_USER: connection.user,
          NEO4J_PASSWORD: connection.password,
          NEO4J_DATABASE: connection.database,
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toMatch(/exported 4 nodes, \d+ edges \(json\) to stdout/);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { nodes: { id: string }[] };
    expect(parsed.nodes.map((n) => n.id)).toContain('org:european-commission');
  });
});
