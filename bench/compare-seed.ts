// Before and after, in one run: `policy-graph seed` of one commit and of this checkout, on the same
// generated files and the same bench database, interleaved (A B B A …): a fresh load into an empty
// graph, then the same files again (every row unchanged). Wall time and each process's peak RSS.
//   npx tsx bench/compare-seed.ts --baseline <rev> [--nodes 30k] [--rounds 2]
// `--smoke` (CI): HEAD against itself on 1k nodes, one round, results to BENCH_RESULTS_DIR.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../src/config/config.js';
import { fromRoot } from '../src/config/paths.js';
import { clearGraph, MAIN_DB, openBenchDb, stopBenchDb, type BenchDb } from './bench-db.js';
import { datasetFiles, writeDataset } from './generate/generate.js';
import { parseSize, sizeLabel } from './generate/model.js';
import { table as markdownTable } from './report/md-table.js';
import { RESULTS_DIR } from './report/results.js';
import { runSeedProcess, type SeedProcessRun } from './seed-process.js';
import { summarize } from './stats.js';

interface Runs {
  fresh: SeedProcessRun[];
  reload: SeedProcessRun[];
}

/** The baseline commit's files in a temporary folder, sharing this checkout's node_modules. */
function checkout(rev: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-baseline-'));
  const tar = join(dir, 'src.tar');
  execFileSync('git', ['archive', '--format=tar', '-o', tar, rev], { cwd: fromRoot() });
  execFileSync('tar', ['-xf', tar, '-C', dir]);
  rmSync(tar);
  symlinkSync(fromRoot('node_modules'), join(dir, 'node_modules'));
  return dir;
}

async function measure(db: BenchDb, files: string[], root: string, into: Runs): Promise<void> {
  await clearGraph(db);
  into.fresh.push(await runSeedProcess(db, files, root));
  into.reload.push(await runSeedProcess(db, files, root));
}

const given = new Command()
  .option('--baseline <rev>', 'the commit to compare with')
  .option('--nodes <size>', 'generated data set', '30k')
  .option('--rounds <n>', 'rounds of A B (then B A)', '2')
  .option('--smoke', 'HEAD against itself, 1k nodes, one round')
  .parse()
  .opts<{ baseline?: string; nodes: string; rounds: string; smoke?: boolean }>();
const opts = given.smoke
  ? { baseline: 'HEAD', nodes: '1k', rounds: '1' }
  : { ...given, baseline: given.baseline ?? '' };
if (!opts.baseline) throw new Error('--baseline <rev> is required (or --smoke)');

const size = parseSize(opts.nodes);
const files = datasetFiles(writeDataset(size, 1));
const rev = execFileSync('git', ['rev-parse', '--short', opts.baseline], { cwd: fromRoot() })
  .toString()
  .trim();
const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: fromRoot() })
  .toString()
  .trim();
const baselineRoot = checkout(rev);
const db = await openBenchDb(loadConfig(), MAIN_DB, (line) => console.error(line));
const runs: Record<'before' | 'after', Runs> = {
  before: { fresh: [], reload: [] },
  after: { fresh: [], reload: [] },
};
try {
  for (let round = 0; round < Number(opts.rounds); round++) {
    const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
    for (const which of order) {
      await measure(db, files, which === 'before' ? baselineRoot : fromRoot(), runs[which]);
      console.error(`round ${round + 1}: ${which} done`);
    }
  }
} finally {
  await stopBenchDb(db);
  rmSync(baselineRoot, { recursive: true, force: true });
}

/** Relationships the run stated: created, updated and unchanged together. */
const rels = ({ relationships: r }: SeedProcessRun) => r.created + r.updated + r.unchanged;
const row = (label: string, list: SeedProcessRun[]) => {
  const ms = summarize(list.map((r) => r.ms));
  const rss = list.map((r) => r.peakRssMb);
  return [
    label,
    String(list.length),
    String(Math.round(ms.p50)),
    String(Math.round((rels(list[0]!) / ms.p50) * 1000)),
    `${Math.min(...rss)} – ${Math.max(...rss)}`,
    list[0]!.summary,
  ];
};
const table = markdownTable(
  ['run', 'n', 'wall ms (median)', 'relationships/s', 'peak RSS MB (min – max)', 'what it did'],
  [
    row(`before (${rev}): fresh load`, runs.before.fresh),
    row(`after (${head}): fresh load`, runs.after.fresh),
    row(`before (${rev}): same files again`, runs.before.reload),
    row(`after (${head}): same files again`, runs.after.reload),
  ],
);
const text = `# \`policy-graph seed\` before and after — ${new Date().toISOString().slice(0, 10)}

${sizeLabel(size)} generated set (${files.length} files), bench database, each run its own process
(peak RSS from its own getrusage), order interleaved by round. Written by \`bench/compare-seed.ts\`.

${table.join('\n')}
`;
const out = join(RESULTS_DIR, `seed-compare-${new Date().toISOString().slice(0, 10)}.md`);
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(out, text);
console.log(text);
