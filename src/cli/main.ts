import { Command } from 'commander';
import { loadConfig, type Config } from '../config/config.js';
import { migrateCommand } from './commands/migrate.js';
import { neo4jCommand } from './commands/neo4j.js';
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

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error);
}
