import { XMLValidator } from 'fast-xml-parser';
import { MultiDirectedGraph as Graph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { chunked } from '../../src/export/chunked.js';
import { edgesCsv, nodesCsv } from '../../src/export/csv-writer.js';
import { gexf } from '../../src/export/gexf-writer.js';
import { graphml } from '../../src/export/graphml-writer.js';
import { json } from '../../src/export/json-writer.js';
import { hostile, memoryGraph, sampleEdges, sampleNodes } from './in-memory-graph.js';
import { parseCsv } from './parse-csv.js';

async function text(parts: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const part of chunked(parts, 10)) out += part;
  return out;
}

const graph = () => memoryGraph(sampleNodes, sampleEdges);

describe('GraphML writer', () => {
  it('writes well-formed XML that graphology imports with every attribute intact', async () => {
    const xml = await text(graphml(graph()));
    expect(XMLValidator.validate(xml)).toBe(true);
    const g = parseGraphml(Graph, xml);
    expect([g.order, g.size]).toEqual([3, 2]);
    expect(g.getNodeAttributes('org:b')).toMatchObject({
      label: 'Dassault Systèmes',
      type: 'Organisation',
      kind: 'COMPANY',
      budgetEur: 12.5,
      extra: '{"odd":"x"}',
    });
    expect(g.getNodeAttribute('person:a', 'label')).toBe('Ann <A&B>');
    expect(g.getNodeAttribute('person:a', 'aliases')).toBe('Anne; A. "N"');
    expect(g.getNodeAttribute('statement:c', 'quoted')).toBe(true);
    const edge = g.edges('person:a', 'org:b')[0] as string;
    expect(g.getEdgeAttributes(edge)).toMatchObject({
      type: 'HOLDS_ROLE',
      sources: 'doc:x; doc:y',
      evidence: hostile,
      title: 'CEO',
      since: '2020-01-01',
    });
  });
});

describe('GEXF writer', () => {
  it('writes GEXF 1.3 that graphology imports, newlines in attribute values preserved', async () => {
    const xml = await text(gexf(graph()));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns="http://gexf.net/1.3" ');
    expect(xml).toContain('version="1.3"');
    const g = parseGexf(Graph, xml);
    expect([g.order, g.size]).toEqual([3, 2]);
    expect(g.getNodeAttributes('org:b')).toMatchObject({
      label: 'Dassault Systèmes',
      type: 'Organisation',
    });
    expect(g.getNodeAttribute('statement:c', 'text')).toBe(hostile);
    expect(g.getNodeAttribute('org:b', 'color')).toMatch(/^rgb/);
    const edge = g.edges('person:a', 'org:b')[0] as string;
    expect(g.getEdgeAttributes(edge)).toMatchObject({
      label: 'HOLDS_ROLE',
      evidence: hostile,
      sources: 'doc:x; doc:y',
    });
  });

  it('replaces characters XML cannot carry', async () => {
    const xml = await text(
      gexf(memoryGraph([{ id: 'x:\u0001', label: 'Topic', props: { name: 'bell\u0007' } }], [])),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('bell\uFFFD');
  });
});

describe('CSV writer', () => {
  it('writes RFC 4180 files that parse back to the same values', async () => {
    const nodes = parseCsv(await text(nodesCsv(graph().nodes)));
    const edges = parseCsv(await text(edgesCsv(graph().edges())));
    expect(nodes[0]?.slice(0, 4)).toEqual(['id', 'label', 'name', 'kind']);
    expect(nodes).toHaveLength(4);
    const header = nodes[0] as string[];
    const ann = nodes[1] as string[];
    expect(ann[header.indexOf('aliases')]).toBe('Anne; A. "N"');
    expect((nodes[3] as string[])[header.indexOf('text')]).toBe(hostile);
    const eh = edges[0] as string[];
    expect(eh.slice(0, 5)).toEqual(['source', 'target', 'type', 'sources', 'evidence']);
    expect((edges[1] as string[])[eh.indexOf('evidence')]).toBe(hostile);
    expect(edges).toHaveLength(3);
  });
});

describe('JSON writer', () => {
  it('writes {nodes, edges} with lists kept as lists', async () => {
    const parsed = JSON.parse(await text(json(graph()))) as {
      nodes: Record<string, unknown>[];
      edges: Record<string, unknown>[];
    };
    expect(parsed.nodes).toHaveLength(3);
    expect(parsed.nodes[0]).toEqual({
      id: 'person:a',
      label: 'Person',
      name: 'Ann <A&B>',
      aliases: ['Anne', 'A. "N"'],
    });
    expect(parsed.edges[0]).toMatchObject({
      source: 'person:a',
      target: 'org:b',
      type: 'HOLDS_ROLE',
      sources: ['doc:x', 'doc:y'],
    });
  });

  it('writes an empty graph as valid JSON', async () => {
    expect(JSON.parse(await text(json(memoryGraph([], []))))).toEqual({ nodes: [], edges: [] });
  });
});
