// `npm run bench [-- <section> …]`: the benchmarks' own entry point. The product (src/) never
// imports bench/ (an eslint rule enforces it), so a broken benchmark cannot break `policy-graph`.
import { Command } from 'commander';
import { loadConfig, type Config } from '../src/config/config.js';
import { print, reportError } from '../src/cli/output.js';
import { writeDataset } from './generate/generate.js';
import { parseSize, sizeLabel } from './generate/model.js';
import { benchOptions, type RawOptions } from './options.js';
import { createReporter } from './progress.js';
import { ALL_SECTIONS, runBench, type Section } from './run.js';

/** Options every measuring subcommand takes (see bench/options.ts for the defaults). */
function measuring(command: Command): Command {
  return command
    .option('--quick', 'small sizes, few rounds, 5 s load levels (a few minutes in all)')
    .option(
      '--smoke',
      'every section at tiny sizes for seconds (CI: a benchmark that breaks fails)',
    )
    .option('--seed <n>', 'generator seed')
    .option('--nodes <size>', 'data set for loader/api/load: 10k, 30k, 100k…')
    .option('--per-row-sample <n>', 'rows the per-row baseline writes')
    .option('--batch-sizes <list>', 'write-stage batch sizes, e.g. 1000,10000,50000')
    .option('--write-rounds <n>', 'interleaved write-stage rounds per batch size (median)')
    .option('--rounds <n>', 'measured rounds (API)')
    .option('--warmup <n>', 'discarded warm-up rounds')
    .option('--sizes <list>', 'scale sizes, e.g. 10k,100k,1M')
    .option('--scale-rounds <n>', 'measured rounds (scale)')
    .option('--connections <list>', 'load levels, e.g. 1,4,8,64')
    .option('--duration <s>', 'seconds per load level')
    .option('--soak-rounds <n>', 'repeated 8-connection load rounds (live heap after each)');
}

/**
 * `npm run bench`: benchmarks on a Neo4j of their own (.neo4j/bench*, ports 7693+, unless
 * NEO4J_URI is set); results in bench/results/<date>.{json,md,svg}. Without a subcommand: all.
 */
function benchProgram(config: () => Config): Command {
  const bench = measuring(
    new Command('bench')
      .description('benchmarks; results to bench/results/ (npm run bench)')
      .showHelpAfterError(),
  ).action(async (opts: RawOptions) => {
    await runBench(config(), ALL_SECTIONS, benchOptions(opts));
  });

  bench
    .command('generate')
    .description(
      'write a synthetic stakeholder graph in the seed format to bench/data/<size>-<seed>/',
    )
    .option('--nodes <size>', '10k, 100k or 1M (any count works; default 10k)')
    .option('--seed <n>', 'PRNG seed: same seed, same graph (default 1)')
    .action((opts: RawOptions) => {
      // `bench` itself takes --nodes/--seed too, and commander gives them to it: read both.
      const merged = { ...bench.opts<RawOptions>(), ...opts };
      const progress = createReporter();
      const size = parseSize(merged.nodes ?? '10k');
      const m = writeDataset(
        size,
        Number(merged.seed ?? 1),
        progress.bar(`generate ${sizeLabel(size)}`),
      );
      progress.done();
      const rels = Object.values(m.relationships).reduce((a, b) => a + b, 0);
      print(
        `${m.files.length} files, ${(m.bytes / 2 ** 20).toFixed(1)} MB, ${rels} facts → ${m.dir}`,
      );
    });

  const sections: [Section, string][] = [
    ['loader', 'loader throughput: real loader, batch sizes, per-row baseline'],
    ['api', 'GraphQL over HTTP vs executeOperation vs Cypher, interleaved'],
    ['queries', 'p50/p95 of every custom GraphQL query (search, egoNetwork, central…)'],
    ['export', 'policy-graph export of the whole graph per format: time and peak RSS'],
    ['scale', 'anchored queries at several graph sizes, interleaved'],
    ['load', 'autocannon against serve at several concurrencies'],
  ];
  for (const [section, description] of sections) {
    measuring(bench.command(section).description(description)).action(async (opts: RawOptions) => {
      await runBench(config(), [section], benchOptions({ ...bench.opts<RawOptions>(), ...opts }));
    });
  }
  measuring(bench.command('all').description('every benchmark in turn')).action(
    async (opts: RawOptions) => {
      await runBench(
        config(),
        ALL_SECTIONS,
        benchOptions({ ...bench.opts<RawOptions>(), ...opts }),
      );
    },
  );
  return bench;
}

let config: Config | undefined;
try {
  await benchProgram(() => (config ??= loadConfig())).parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
