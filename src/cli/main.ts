import { Command, Option } from 'commander';
import type { Config } from '../config/config.js';
import type { ExportOptions } from './commands/export.js';
import type { SeedCliOptions } from './commands/seed.js';
import type { CordisCliOptions, ImportCliOptions } from './commands/import.js';
import type { ReviewOptions } from './commands/review.js';
import type { DraftFileOptions } from '../app/draft-article.js';
import type { PersonFinder } from '../draft/people.js';

type DraftCliOptions = DraftFileOptions & { people?: PersonFinder };
import { isInterrupted } from '../errors/app-error.js';
import { reportError } from './output.js';
import { positiveInt } from './positive-int.js';

/**
 * The `policy-graph` command line: every command's arguments here, its work in commands/<name>.ts,
 * imported only when that command runs (`--help` or `validate` do not load the GraphQL server).
 */
let config: Config | undefined;
/** Configuration is read once, on first use, and passed down frozen. */
const getConfig = async (): Promise<Config> =>
  (config ??= (await import('../config/config.js')).loadConfig());

const program = new Command('policy-graph')
  .description('An open knowledge graph of EU policy stakeholders (Neo4j + GraphQL).')
  .showHelpAfterError();

const neo4j = program.command('neo4j').description('local Neo4j 5.26 (+ APOC) on 127.0.0.1');
neo4j
  .command('start')
  .description('start the local Neo4j (downloads it on first use); returns when Bolt answers')
  .action(async () => (await import('./commands/neo4j.js')).neo4jStart(await getConfig()));
neo4j
  .command('stop')
  .description('stop the local Neo4j cleanly')
  .action(async () => (await import('./commands/neo4j.js')).neo4jStop(await getConfig()));
neo4j
  .command('status')
  .description('say whether the local Neo4j runs, where, and which version')
  .action(async () => (await import('./commands/neo4j.js')).neo4jStatus(await getConfig()));

program
  .command('migrate')
  .description('apply cypher/migrations in order (idempotent)')
  .action(async () => (await import('./commands/migrate.js')).migrateCommand(await getConfig()));

program
  .command('start')
  .description(
    'local Neo4j if needed → migrate → seed → serve (what `npm start` runs); on Ctrl-C or SIGTERM stops the local Neo4j it started',
  )
  .option('--skip-meetings', 'do not import the EC meetings register (data/ec-meetings/)')
  .option('--skip-cordis', 'do not import the CORDIS Health cluster subset (data/cordis/)')
  .action(async (opts: { skipMeetings?: boolean }) =>
    (await import('./commands/start.js')).startCommand(await getConfig(), opts),
  );

const imports = program.command('import').description('import external datasets');
imports
  .command('ec-meetings')
  .description("the Commission's meetings with interest representatives (data/ec-meetings/)")
  .argument('[files...]', 'JSONL files (default: data/ec-meetings/*.jsonl)')
  .option('--dry-run', 'check, resolve and count; write nothing')
  .addOption(
    new Option('--on-error <mode>', 'bad rows: stop (write nothing) or skip (load the rest)')
      .choices(['stop', 'skip'])
      .default('stop'),
  )
  .option('--batch-size <n>', 'rows per write transaction', positiveInt, 500)
  .option(
    '--judgements <file>',
    'reviewers’ judgements (default: data/judgements/ec-meetings.yaml)',
  )
  .action(async (files: string[], opts: ImportCliOptions) =>
    (await import('./commands/import.js')).importEcMeetings(await getConfig(), files, opts),
  );

imports
  .command('cordis')
  .description('CORDIS Horizon Europe projects: releases as distributed (zip) or unpacked (folder)')
  .argument(
    '<releases...>',
    'release zips or folders, e.g. ../shared/data/cordis/horizon-projects-2025-11-16.zip',
  )
  .option('--dry-run', 'check, resolve and count; write nothing')
  .addOption(
    new Option(
      '--on-error <mode>',
      'bad project files: stop (write nothing) or skip (load the rest)',
    )
      .choices(['stop', 'skip'])
      .default('stop'),
  )
  .option('--batch-size <n>', 'projects per write transaction', positiveInt, 250)
  .option('--release-date <date>', 'the release date (YYYY-MM-DD) when the names do not carry it')
  .option('--force', 'read releases already imported with the same bytes and judgements again')
  .option('--judgements <file>', 'reviewers’ judgements (default: data/judgements/cordis.yaml)')
  .action(async (releases: string[], opts: CordisCliOptions) =>
    (await import('./commands/import.js')).importCordisCommand(await getConfig(), releases, opts),
  );

program
  .command('review')
  .description('list suggested matches waiting for review; record accept/reject as judgements')
  .option('--limit <n>', 'how many to list', Number, 20)
  .option('--accept <id>', 'the two sides are the same entity')
  .option('--reject <id>', 'the two sides are different entities')
  .option('--reason <text>', 'why (required with --accept/--reject)')
  .option('--who <name>', 'reviewer (required with --accept/--reject)')
  .option('--judgements <file>', 'judgements file (default: data/judgements/ec-meetings.yaml)')
  .action(async (opts: ReviewOptions) =>
    (await import('./commands/review.js')).reviewCommand(await getConfig(), opts),
  );

program
  .command('serve')
  .description('GraphQL at /graphql (GraphiQL in a browser), dashboard at /, health at /health')
  .action(async () => (await import('./commands/serve.js')).serveCommand(await getConfig()));

const maxFileMb = (): Option =>
  new Option('--max-file-mb <n>', 'largest file accepted (default 16)').argParser(Number);

program
  .command('validate')
  .description(
    'check seed files against the running graph (or the files alone): file:line:col CODE message; exit 1 on any error',
  )
  .argument('[files...]', 'seed files (default: every seed/*.yaml)')
  .addOption(maxFileMb())
  .option('--offline', 'check against the seed files only, not the graph')
  .action(async (files: string[], opts: { maxFileMb?: number; offline?: boolean }) =>
    (await import('./commands/validate.js')).validateCommand(await getConfig(), files, opts),
  );

program
  .command('draft')
  .description(
    'propose a seed file from an article (plain text), using the names the graph knows; reads the graph, never writes it',
  )
  .argument(
    '<text-file>',
    'the article as plain UTF-8 text (an optional `key: value` header ended by `---`)',
  )
  .option('--url <url>', "the article's address (source.url)")
  .option('--publisher <name>', 'who published it (source.publisher)')
  .option(
    '--date <YYYY-MM-DD>',
    'when it was published; relative dates ("on Tuesday") are read from it',
  )
  .option('--out <file>', 'write the draft there (default: print it)')
  .option('--force', 'replace --out if it exists')
  .option('--offline', 'draft against the seed files, without the graph')
  .addOption(
    new Option('--people <finder>', 'how new people are found')
      .choices(['patterns', 'compromise', 'both'])
      .default('patterns'),
  )
  .action(async (file: string, opts: DraftCliOptions) =>
    (await import('./commands/draft.js')).draftCommand(await getConfig(), file, {
      ...opts,
      finder: opts.people,
    }),
  );

program
  .command('seed')
  .description('load seed files in one transaction; prints created/updated/unchanged counts')
  .argument('[files...]', 'seed files (default: every seed/*.yaml)')
  .option('--dry-run', 'show what would change; write nothing')
  .option('--per-file', 'one transaction per file, in the order given (default: one for all)')
  .addOption(
    new Option('--batch-size <n>', 'rows per UNWIND statement (default 10000)').argParser(
      positiveInt,
    ),
  )
  .addOption(maxFileMb())
  .addOption(
    new Option(
      '--lookup <mode>',
      'how existing entities are found: all, only those named, or by cost',
    )
      .choices(['auto', 'all', 'named'])
      .default('auto'),
  )
  .action(async (files: string[], opts: SeedCliOptions) =>
    (await import('./commands/seed.js')).seedCommand(await getConfig(), files, opts),
  );

program
  .command('merge')
  .description(
    'merge two entities of the same label: relationships, aliases, claims and external ids move to <keep>; <drop> becomes a redirect to it',
  )
  .argument('<keep>', 'id of the entity that stays, e.g. org:dg-connect')
  .argument('<drop>', 'id of the duplicate; a query by it answers with <keep> from now on')
  .requiredOption('--reason <text>', 'why they are the same (kept in the audit trail)')
  .action(async (keep: string, drop: string, opts: { reason: string }) =>
    (await import('./commands/merge.js')).mergeCommand(await getConfig(), keep, drop, opts),
  );

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
  .option(
    '--view <view>',
    'the weighted view around --around: meetings | projects | roles (as the dashboard draws it)',
  )
  .option('--from <date>', 'with --view: only meetings / projects from this day, YYYY-MM-DD')
  .option('--to <date>', 'with --view: only meetings / projects until this day, YYYY-MM-DD')
  .option('--limit <n>', 'with --view: partners kept, heaviest first (default 25, at most 500)')
  .action(async (opts: ExportOptions) =>
    (await import('./commands/export.js')).exportCommand(await getConfig(), opts),
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
  // Interrupted (Ctrl-C, SIGTERM) mid-way: a wait for Neo4j may still hold timers; do not wait.
  if (isInterrupted(error)) process.exit(process.exitCode);
}
