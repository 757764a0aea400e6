import { attributeValues, edgeAttributes, nodeAttributes, type Attribute } from './attributes.js';
import { colourOf } from './palette.js';
import type { GraphStream } from './types.js';
import { xmlAttr } from './xml.js';

/*
 * GEXF 1.3 (Gephi's own format). Node label = display name; attribute `type` = Neo4j label; each
 * node carries viz:color by label. Edge label = relationship type, plus attribute `type`.
 */
const declare = (cls: string, schema: readonly Attribute[]): string =>
  `    <attributes class="${cls}">\n` +
  `      <attribute id="type" title="type" type="string"/>\n` +
  schema
    .map((a) => `      <attribute id="${a.key}" title="${a.key}" type="${a.type}"/>\n`)
    .join('') +
  '    </attributes>\n';

function header(): string {
  const today = new Date().toISOString().slice(0, 10);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta lastmodifieddate="${today}"><creator>policy-graph</creator>` +
    '<description>EU policy stakeholder graph</description></meta>\n' +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    declare('node', nodeAttributes) +
    declare('edge', edgeAttributes)
  );
}

function attvalues(
  type: string,
  schema: readonly Attribute[],
  values: (string | undefined)[],
): string {
  let out = `<attvalues><attvalue for="type" value="${xmlAttr(type)}"/>`;
  values.forEach((value, i) => {
    if (value !== undefined) out += `<attvalue for="${schema[i]?.key}" value="${xmlAttr(value)}"/>`;
  });
  return `${out}</attvalues>`;
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

export async function* gexf(graph: GraphStream): AsyncGenerator<string> {
  yield header();
  yield '    <nodes>\n';
  for await (const node of graph.nodes) {
    const name = typeof node.props.name === 'string' ? node.props.name : node.id;
    yield (
      `      <node id="${xmlAttr(node.id)}" label="${xmlAttr(name)}">` +
      attvalues(node.label, nodeAttributes, attributeValues(nodeAttributes, node.props)) +
      `<viz:color ${rgb(colourOf(node.label))}/></node>\n`
    );
  }
  yield '    </nodes>\n    <edges>\n';
  let index = 0;
  for await (const edge of graph.edges()) {
    yield (
      `      <edge id="${index++}" source="${xmlAttr(edge.source)}" target="${xmlAttr(edge.target)}"` +
      ` label="${xmlAttr(edge.type)}">` +
      attvalues(edge.type, edgeAttributes, attributeValues(edgeAttributes, edge.props)) +
      '</edge>\n'
    );
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
