/**
 * The names a running graph knows (`--graph`): the curated seed plus whatever was imported (the
 * meetings register, CORDIS), as `policy-graph draft` reads them. The graph is only read.
 */
import { validateSeedFiles } from '../../src/app/check-seed-files.js';
import { runningGraph } from '../../src/app/running-graph.js';
import { loadConfig } from '../../src/config/config.js';
import { loadGazetteer } from '../../src/draft/load-gazetteer.js';
import type { DraftNames } from './articles-bench.js';

export async function graphNames(): Promise<DraftNames> {
  const config = loadConfig();
  const graph = await runningGraph(config);
  if ('reason' in graph) throw new Error(`--graph: no graph to read (${graph.reason})`);
  try {
    const gazetteer = await loadGazetteer(graph.driver, graph.connection.database);
    const count = (label: string) => gazetteer.entities.filter((e) => e.label === label).length;
    return {
      gazetteer,
      check: async (file) => (await validateSeedFiles(config, [file])).issues,
      against: `the graph at ${graph.connection.uri} (${count('Organisation')} organisations, ${count('Person')} people)`,
    };
  } finally {
    await graph.driver.close();
  }
}
