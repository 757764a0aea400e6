import type { GraphStream } from './types.js';

/**
 * `{"nodes": [...], "edges": [...]}` for Cytoscape / d3 / scripts. A node is
 * `{id, label, name, kind, …every property}`, an edge `{source, target, type, sources, evidence, …}`;
 * lists stay lists, dates are ISO strings. Written one record per line.
 */
export async function* json(graph: GraphStream): AsyncGenerator<string> {
  yield '{"nodes":[';
  let first = true;
  for await (const node of graph.nodes) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify({ id: node.id, label: node.label, ...node.props })}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for await (const edge of graph.edges()) {
    const record = { source: edge.source, target: edge.target, type: edge.type, ...edge.props };
    yield `${first ? '\n' : ',\n'}${JSON.stringify(record)}`;
    first = false;
  }
  yield '\n]}\n';
}
