import type { Command } from 'commander';
import type { Config } from '../../config/config.js';
import { openGraph } from '../../export/graph-source.js';
import { parseExportRequest } from '../../export/request.js';
import { writeExport } from '../../export/write-export.js';
import { say } from '../output.js';
import { withDatabase } from '../with-database.js';

/** `policy-graph export`: the graph (or a neighbourhood) as GraphML, GEXF, CSV or JSON. */
export function exportCommand(program: Command, config: () => Config): void {
  program
    .command('export')
    .description(
      'export the graph (or the neighbourhood of one entity) for Gephi, Cytoscape, d3, spreadsheets',
    )
    .requiredOption('--format <format>', 'graphml | gexf | csv | json')
    .option(
      '--out <path>',
      'output file (default stdout); for csv a folder or a .zip file (required)',
    )
    .option('--around <id>', 'only the neighbourhood of this entity, e.g. initiative:vht')
    .option('--depth <n>', 'hops around --around (default 1, at most 6)')
    .option('--as-of <date>', 'keep only roles (HOLDS_ROLE) valid on this day, YYYY-MM-DD')
    .action(
      async (options: {
        format: string;
        out?: string;
        around?: string;
        depth?: string;
        asOf?: string;
      }) => {
        const request = parseExportRequest(options);
        await withDatabase(config(), async (driver, connection) => {
          const started = performance.now();
          const { graph, counts } = await openGraph(driver, connection.database, request);
          const where = await writeExport(request.format, graph, options.out);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          say(
            `exported ${counts.nodes} nodes, ${counts.edges} edges (${request.format}) to ${where} in ${seconds} s`,
          );
        });
      },
    );
}
