import { MultiDirectedGraph as Graph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { XMLValidator } from 'fast-xml-parser';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraph } from '../../src/export/graph-source.js';
import { parseExportRequest } from '../../src/export/request.js';
import type { RawExportOptions } from '../../src/export/request.js';
import { writeExport } from '../../src/export/write-export.js';
import { clearGraph, openTestDriver } from '../../harness/database.js';
import { parseCsv } from './parse-csv.js';
import { createSmallGraph, hostileEvidence, smallGraphCounts } from './small-graph.js';
import { readZip } from './read-zip.js';

let driver: Driver;
let database: string;
let dir: string;

async function exportTo(options: RawExportOptions, file: string) {
  const request = parseExportRequest(options);
  const { graph, counts } = await openGraph(driver, database, request);
  await writeExport(request.format, graph, join(dir, file));
  return counts;
}

beforeAll(async () => {
  const opened = openTestDriver();
  driver = opened.driver;
  database = opened.connection.database;
  await clearGraph(driver, database);
  await createSmallGraph(driver, database);
  dir = await mkdtemp(join(tmpdir(), 'pg-export-'));
});

afterAll(async () => {
  await driver.close();
});

describe('export of the whole graph', () => {
  it('GraphML round-trips through graphology with labels, kinds and provenance', async () => {
    const counts = await exportTo({ format: 'graphml' }, 'all.graphml');
    expect(counts).toEqual(smallGraphCounts);
    const xml = await readFile(join(dir, 'all.graphml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parseGraphml(Graph, xml);
    expect([g.order, g.size]).toEqual([smallGraphCounts.nodes, smallGraphCounts.edges]);
    expect(g.getNodeAttributes('org:dassault-systemes')).toMatchObject({
      label: 'Dassault Systèmes',
      type: 'Organisation',
      kind: 'COMPANY',
    });
    expect(g.getNodeAttributes('initiative:vht')).toMatchObject({
      launched: '2023-12-14',
      budgetEur: 24000000.5,
    });
    const role = g.edges('person:henna-virkkunen', 'org:european-commission')[0] as string;
    expect(g.getEdgeAttributes(role)).toMatchObject({
      type: 'HOLDS_ROLE',
      title: 'Executive Vice-President',
      since: '2024-12-01',
      sources: 'doc:vht-event-report',
      evidence: hostileEvidence,
    });
  });

  it('GEXF round-trips through graphology', async () => {
    await exportTo({ format: 'gexf' }, 'all.gexf');
    const xml = await readFile(join(dir, 'all.gexf'), 'utf8');
    const g = parseGexf(Graph, xml);
    expect([g.order, g.size]).toEqual([smallGraphCounts.nodes, smallGraphCounts.edges]);
    expect(g.getNodeAttribute('statement:sioli-vht', 'text')).toBe(hostileEvidence);
    expect(g.getNodeAttribute('doc:vht-event-report', 'url')).toBe(
      'https://example.eu/report?a=1&b=2',
    );
  });

  it('CSV to a folder and to a zip hold the same two files', async () => {
    await exportTo({ format: 'csv' }, 'csv');
    const nodes = await readFile(join(dir, 'csv', 'nodes.csv'), 'utf8');
    const edges = await readFile(join(dir, 'csv', 'edges.csv'), 'utf8');
    expect(parseCsv(nodes)).toHaveLength(smallGraphCounts.nodes + 1);
    const rows = parseCsv(edges);
    expect(rows).toHaveLength(smallGraphCounts.edges + 1);
    const evidence = (rows[0] as string[]).indexOf('evidence');
    expect(rows.some((r) => r[evidence] === hostileEvidence)).toBe(true);
    await exportTo({ format: 'csv' }, 'all.zip');
    const zip = await readZip(await readFile(join(dir, 'all.zip')));
    expect(zip).toEqual({ 'nodes.csv': nodes, 'edges.csv': edges });
  });

  it('JSON keeps lists and dates readable', async () => {
    await exportTo({ format: 'json' }, 'all.json');
    const parsed = JSON.parse(await readFile(join(dir, 'all.json'), 'utf8')) as {
      nodes: { id: string }[];
      edges: { type: string; sources: string[] }[];
    };
    expect(parsed.nodes.map((n) => n.id)).toContain('person:henna-virkkunen');
    const contributes = parsed.edges.find((e) => e.type === 'CONTRIBUTES_TO');
    expect(contributes?.sources).toEqual(['doc:vht-event-report', 'doc:edith-roadmap']);
  });
});

describe('neighbourhood and as-of', () => {
  async function ids(options: RawExportOptions): Promise<{ nodes: string[]; edges: string[] }> {
    const file = `n-${Math.random().toString(36).slice(2)}.json`;
    await exportTo({ format: 'json', ...options }, file);
    const parsed = JSON.parse(await readFile(join(dir, file), 'utf8')) as {
      nodes: { id: string }[];
      edges: { source: string; type: string; target: string }[];
    };
    return {
      nodes: parsed.nodes.map((n) => n.id).sort(),
      edges: parsed.edges.map((e) => `${e.source}-${e.type}-${e.target}`),
    };
  }

  it('--around with depth 1 is the entity and its direct neighbours, edges between them only', async () => {
    const { nodes, edges } = await ids({ around: 'person:henna-virkkunen', depth: 1 });
    expect(nodes).toEqual([
      'doc:vht-event-report',
      'event:2025-10-21-vht-high-level-event',
      'org:european-commission',
      'org:european-parliament',
      'person:henna-virkkunen',
    ]);
    expect(edges).toHaveLength(4);
  });

  it('--as-of drops roles not valid on that day, in traversal and in edges', async () => {
    const now = await ids({ around: 'person:henna-virkkunen', depth: 1, asOf: '2025-10-21' });
    expect(now.nodes).not.toContain('org:european-parliament');
    const before = await ids({ asOf: '2020-01-01' });
    const roles = before.edges.filter((e) => e.includes('HOLDS_ROLE'));
    expect(roles).toEqual(['person:henna-virkkunen-HOLDS_ROLE-org:european-parliament']);
  });

  it('an unknown --around id fails with EXPORT_NOT_FOUND before writing', async () => {
    await expect(
      exportTo({ format: 'json', around: 'person:nobody' }, 'none.json'),
    ).rejects.toMatchObject({
      code: 'EXPORT_NOT_FOUND',
    });
  });
});
