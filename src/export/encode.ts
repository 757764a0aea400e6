import { Readable } from 'node:stream';
import { chunked } from './chunked.js';
import { gexf } from './gexf-writer.js';
import { graphml } from './graphml-writer.js';
import { json } from './json-writer.js';
import type { ExportFormat, ExportRequest, GraphStream } from './types.js';
import { csvZip } from './zip.js';

/** Media type and file extension of each download (csv is a zip of nodes.csv + edges.csv). */
export const formatInfo: Readonly<Record<ExportFormat, { mediaType: string; extension: string }>> =
  {
    graphml: { mediaType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
    gexf: { mediaType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
    json: { mediaType: 'application/json; charset=utf-8', extension: 'json' },
    csv: { mediaType: 'application/zip', extension: 'csv.zip' },
  };

/** The whole export as one byte stream, in the requested format. */
export function encodeGraph(format: ExportFormat, graph: GraphStream): Readable {
  switch (format) {
    case 'graphml':
      return Readable.from(chunked(graphml(graph)));
    case 'gexf':
      return Readable.from(chunked(gexf(graph)));
    case 'json':
      return Readable.from(chunked(json(graph)));
    case 'csv':
      return csvZip(graph);
  }
}

/** A file name that says what is inside: policy-graph[-around-<id>-d<N>][-as-of-<date>].<ext>. */
export function exportFileName(request: ExportRequest): string {
  const parts = ['policy-graph'];
  if (request.around !== undefined) {
    parts.push(`around-${request.around.replace(/[^a-z0-9-]+/gi, '-')}-d${request.depth}`);
  }
  if (request.view !== undefined) parts.push(request.view);
  if (request.from !== undefined || request.to !== undefined)
    parts.push(`${request.from ?? 'start'}-to-${request.to ?? 'end'}`);
  if (request.asOf !== undefined) parts.push(`as-of-${request.asOf}`);
  return `${parts.join('-')}.${formatInfo[request.format].extension}`;
}
