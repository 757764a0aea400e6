import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { chunked } from './chunked.js';
import { edgesCsv, nodesCsv } from './csv-writer.js';
import type { GraphStream } from './types.js';

/**
 * nodes.csv + edges.csv as one zip stream (deflated). yazl reads its entries one after the other,
 * so the edge query starts only when nodes.csv is complete; nothing is held beyond a chunk.
 */
export function csvZip(graph: GraphStream): Readable {
  const zip = new ZipFile();
  const nodes = Readable.from(chunked(nodesCsv(graph.nodes)));
  const edges = Readable.from(chunked(edgesCsv(graph.edges())));
  const output = zip.outputStream as Readable;
  for (const part of [nodes, edges]) part.on('error', (error) => output.destroy(error));
  zip.addReadStream(nodes, 'nodes.csv');
  zip.addReadStream(edges, 'edges.csv');
  zip.end();
  return output;
}
