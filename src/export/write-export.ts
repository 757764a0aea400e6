import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { chunked } from './chunked.js';
import { edgesCsv, nodesCsv } from './csv-writer.js';
import { encodeGraph } from './encode.js';
import type { ExportFormat, GraphStream } from './types.js';

/** Writes to `path` through a temporary file renamed at the end: no half-written export is left. */
async function toFile(body: Readable, path: string): Promise<void> {
  const temporary = `${path}.${process.pid}.part`;
  try {
    await pipeline(body, createWriteStream(temporary));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError(
      ErrorCode.EXPORT_OUTPUT_FAILED,
      `Could not write ${path}: ${(error as Error).message}`,
      {
        hint: 'Check that the folder exists and is writable.',
        cause: error,
      },
    );
  }
}

/**
 * CLI output. graphml/gexf/json: to `out`, or to stdout when `out` is absent. csv: `out` is
 * required; a path ending in .zip gets one zip (nodes.csv + edges.csv), anything else is a folder
 * (created if needed) that receives nodes.csv and edges.csv.
 */
export async function writeExport(
  format: ExportFormat,
  graph: GraphStream,
  out: string | undefined,
  stdout: Writable = process.stdout,
): Promise<string> {
  if (format !== 'csv') {
    if (out === undefined) {
      await pipeline(encodeGraph(format, graph), stdout, { end: false });
      return 'stdout';
    }
    await toFile(encodeGraph(format, graph), out);
    return out;
  }
  if (out === undefined) {
    throw new AppError(ErrorCode.EXPORT_INVALID_REQUEST, 'CSV export needs --out (two files).', {
      hint: 'Give a folder (--out export/ → export/nodes.csv, export/edges.csv) or a .zip path.',
    });
  }
  if (out.toLowerCase().endsWith('.zip')) {
    await toFile(encodeGraph('csv', graph), out);
    return out;
  }
  await mkdir(out, { recursive: true });
  await toFile(Readable.from(chunked(nodesCsv(graph.nodes))), join(out, 'nodes.csv'));
  await toFile(Readable.from(chunked(edgesCsv(graph.edges()))), join(out, 'edges.csv'));
  return `${join(out, 'nodes.csv')}, ${join(out, 'edges.csv')}`;
}
