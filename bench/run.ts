import type { Config } from '../src/config/config.js';
import { serverInfo } from '../src/neo4j/server-info.js';
import { benchApi } from './api/bench-api.js';
import { benchCustomQueries } from './api/custom-queries.js';
import { MAIN_DB, openBenchDb, stopBenchDb, type BenchDb } from './bench-db.js';
import { benchExport } from './export.js';
import { writeDataset } from './generate/generate.js';
import { sizeLabel } from './generate/model.js';
import { benchLoad } from './load.js';
import { benchLoader } from './loader.js';
import type { BenchOptions } from './options.js';
import { createReporter, type Reporter } from './progress.js';
import { resultsMarkdown } from './report/markdown.js';
import {
  readResults,
  resultsPath,
  saveResults,
  writeText,
  type Results,
} from './report/results.js';
import { chartSvg } from './report/svg.js';
import { benchScale } from './scale.js';
import { YAML_LIMIT } from './scale-load.js';
import { ensureLoaded } from './ensure-loaded.js';

export type Section = 'generate' | 'loader' | 'api' | 'queries' | 'export' | 'scale' | 'load';
export const ALL_SECTIONS: Section[] = [
  'generate',
  'loader',
  'api',
  'queries',
  'export',
  'load',
  'scale',
];

const LOG = '/tmp/policy-graph-bench.log';

/** Runs the chosen benchmarks in order; after each, rewrites bench/results/<date>.{json,md,svg}. */
export async function runBench(
  config: Config,
  sections: Section[],
  opts: BenchOptions,
): Promise<Results> {
  const progress = createReporter(process.env.BENCH_LOG ?? LOG);
  const results = readResults();
  if (opts.quick)
    note(
      results,
      'quick run (`--quick`): small sizes and short durations; not the headline figures',
    );
  let main: BenchDb | undefined;
  const mainDb = async () => {
    if (!main) {
      main = await openBenchDb(config, MAIN_DB, progress.line);
      const info = await serverInfo(main.driver, main.connection.database);
      results.neo4j = { version: info.version, heap: MAIN_DB.heap, pageCache: MAIN_DB.pageCache };
    }
    return main;
  };
  try {
    for (const section of sections) {
      progress.line(`bench ${section}…`);
      if (section === 'generate') {
        const manifest = writeDataset(
          opts.nodes,
          opts.seed,
          progress.bar(`generate ${sizeLabel(opts.nodes)}`),
        );
        results.generate = { ...manifest, dir: undefined, files: manifest.files.length };
      } else if (section === 'loader') {
        results.loader = await benchLoader(await mainDb(), opts.nodes, opts.seed, opts, progress);
      } else if (section === 'api') {
        const db = await mainDb();
        await ensureLoaded(db, opts.nodes, opts.seed, progress);
        const { samples: _samples, ...api } = await benchApi(db, { ...opts }, progress);
        results.api = { size: sizeLabel(opts.nodes), ...api };
      } else if (section === 'queries') {
        const db = await mainDb();
        await ensureLoaded(db, opts.nodes, opts.seed, progress);
        results.queries = {
          size: sizeLabel(opts.nodes),
          ...(await benchCustomQueries(db, opts, progress)),
        };
      } else if (section === 'export') {
        const db = await mainDb();
        await ensureLoaded(db, opts.nodes, opts.seed, progress);
        results.export = { size: sizeLabel(opts.nodes), ...(await benchExport(db, progress)) };
      } else if (section === 'load') {
        const db = await mainDb();
        await ensureLoaded(db, opts.nodes, opts.seed, progress);
        results.load = { size: sizeLabel(opts.nodes), ...(await benchLoad(db, opts, progress)) };
      } else {
        if (main) await stopBenchDb(main);
        main = undefined;
        const { samples: _samples, ...scale } = await benchScale(
          config,
          {
            sizes: opts.scaleSizes,
            rounds: opts.scaleRounds,
            warmup: opts.warmup,
            seed: opts.seed,
          },
          progress,
        );
        results.scale = scale;
        if (opts.scaleSizes.some((size) => size > YAML_LIMIT)) {
          note(
            results,
            `scale: sizes above ${sizeLabel(YAML_LIMIT)} nodes are loaded through the loader's write stage only (rows built from the generator, the all-create plan planLoad would return on an empty graph, writePlan in 50k-row transactions): a YAML load is one transaction built in one process (30k nodes: about 0.45 GB peak RSS), so 1M through YAML would need over 10 GB; the YAML path's throughput is the loader section's`,
          );
        }
      }
      writeAll(results, progress);
    }
  } finally {
    progress.done();
    if (main) await stopBenchDb(main);
  }
  return results;
}

function note(results: Results, text: string): void {
  // A note is replaced by a newer one on the same subject (its text up to the first colon).
  const subject = text.slice(0, text.indexOf(':') + 1);
  results.notes = results.notes.filter((n) => !subject || !n.startsWith(subject));
  results.notes.push(text);
}

function writeAll(results: Results, progress: Reporter): void {
  const json = saveResults(results);
  writeText(resultsPath(results.date, 'md'), resultsMarkdown(results));
  writeText(
    resultsPath(results.date, 'svg'),
    chartSvg(results.date, results.scale as never, results.api as never),
  );
  progress.line(`results: ${json} (+ .md, .svg)`);
}
