import { Command } from 'commander';
import { loadConfig, type Config } from '../config/config.js';
import { benchCommand } from './commands/bench.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { reviewCommand } from './commands/review.js';
import { migrateCommand } from './commands/migrate.js';
import { neo4jCommand } from './commands/neo4j.js';
import { serveCommand } from './commands/serve.js';
import { seedCommand } from './commands/seed.js';
import { validateCommand } from './commands/validate.js';
import { startCommand } from './commands/start.js';
import { reportError } from './output.js';

let config: Config | undefined;
/** Configuration is read once, on first use, and passed down frozen. */
const getConfig = (): Config => (config ??= loadConfig());

const program = new Command('policy-graph')
  .description('An open knowledge graph of EU policy stakeholders (Neo4j + GraphQL).')
  .showHelpAfterError();

neo4jCommand(program, getConfig);
migrateCommand(program, getConfig);
startCommand(program, getConfig);
serveCommand(program, getConfig);
validateCommand(program);
seedCommand(program, getConfig);
exportCommand(program, getConfig);
importCommand(program, getConfig);
reviewCommand(program, getConfig);
benchCommand(program, getConfig);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
