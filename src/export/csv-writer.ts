import { attributeValues, edgeAttributes, nodeAttributes } from './attributes.js';
import { csvRow } from './csv.js';
import type { ExportEdge, ExportNode } from './types.js';

/*
 * Two RFC 4180 files (UTF-8, CRLF, header row). nodes.csv: id, label (Neo4j label), then the
 * node properties; edges.csv: source, target, type, then the edge properties. Lists joined by "; ".
 */
export async function* nodesCsv(nodes: AsyncIterable<ExportNode>): AsyncGenerator<string> {
  yield csvRow(['id', 'label', ...nodeAttributes.map((a) => a.key)]);
  for await (const node of nodes) {
    yield csvRow([node.id, node.label, ...attributeValues(nodeAttributes, node.props)]);
  }
}

export async function* edgesCsv(edges: AsyncIterable<ExportEdge>): AsyncGenerator<string> {
  yield csvRow(['source', 'target', 'type', ...edgeAttributes.map((a) => a.key)]);
  for await (const edge of edges) {
    yield csvRow([
      edge.source,
      edge.target,
      edge.type,
      ...attributeValues(edgeAttributes, edge.props),
    ]);
  }
}
