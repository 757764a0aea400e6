import { attributeValues, edgeAttributes, nodeAttributes, type Attribute } from './attributes.js';
import type { GraphStream } from './types.js';
import { xmlAttr, xmlText } from './xml.js';

/*
 * GraphML for Gephi, yEd, graphology, networkx. Nodes: `label` = display name (what Gephi shows),
 * `type` = the Neo4j label (Person, Organisation, …), then every property of docs/data-model.md.
 * Edges: `label` and `type` = the relationship type, then sources (ids joined by "; "), evidence, ….
 */
const keyLine = (prefix: string, target: string, a: Attribute): string =>
  `  <key id="${prefix}_${a.key}" for="${target}" attr.name="${a.key}" attr.type="${a.type}"/>\n`;

function header(): string {
  const keys = [
    `  <key id="n_label" for="node" attr.name="label" attr.type="string"/>\n`,
    `  <key id="n_type" for="node" attr.name="type" attr.type="string"/>\n`,
    ...nodeAttributes.map((a) => keyLine('n', 'node', a)),
    `  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n`,
    `  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>\n`,
    ...edgeAttributes.map((a) => keyLine('e', 'edge', a)),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys.join('') +
    '  <graph id="policy-graph" edgedefault="directed">\n'
  );
}

function data(
  prefix: string,
  schema: readonly Attribute[],
  values: (string | undefined)[],
): string {
  let out = '';
  values.forEach((value, i) => {
    if (value !== undefined)
      out += `<data key="${prefix}_${schema[i]?.key}">${xmlText(value)}</data>`;
  });
  return out;
}

export async function* graphml(graph: GraphStream): AsyncGenerator<string> {
  yield header();
  for await (const node of graph.nodes) {
    const name = typeof node.props.name === 'string' ? node.props.name : node.id;
    yield (
      `    <node id="${xmlAttr(node.id)}"><data key="n_label">${xmlText(name)}</data>` +
      `<data key="n_type">${xmlText(node.label)}</data>` +
      `${data('n', nodeAttributes, attributeValues(nodeAttributes, node.props))}</node>\n`
    );
  }
  let index = 0;
  for await (const edge of graph.edges()) {
    const type = xmlText(edge.type);
    yield (
      `    <edge id="e${index++}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}">` +
      `<data key="e_label">${type}</data><data key="e_type">${type}</data>` +
      `${data('e', edgeAttributes, attributeValues(edgeAttributes, edge.props))}</edge>\n`
    );
  }
  yield '  </graph>\n</graphml>\n';
}
