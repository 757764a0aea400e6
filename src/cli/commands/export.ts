import type { Config } from '../../config/config.js';
import { openGraph } from '../../export/graph-source.js';
import { parseExportRequest } from '../../export/request.js';
import { writeExport } from '../../export/write-export.js';
import { say } from '../output.js';
import { withDatabase } from '../with-database.js';

export interface ExportOptions {
  format: string;
  out?: string;
  around?: string;
  depth?: string;
  asOf?: string;
  view?: string;
  from?: string;
  to?: string;
  limit?: string;
}

/** `policy-graph export`: the graph (or a neighbourhood) as GraphML, GEXF, CSV or JSON. */
export async function exportCommand(config: Config, options: ExportOptions): Promise<void> {
  const request = parseExportRequest(options);
  await withDatabase(config, async (driver, connection) => {
    const started = performance.now();
    const { graph, counts } = await openGraph(driver, connection.database, request);
    const where = await writeExport(request.format, graph, options.out);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    say(
      `exported ${counts.nodes} nodes, ${counts.edges} edges (${request.format}) to ${where} in ${seconds} s`,
    );
  });
}
