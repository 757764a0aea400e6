import type { Command } from 'commander';
import type { Config } from '../../config/config.js';
import { createDriver } from '../../neo4j/driver.js';
import {
  localConnection,
  localPid,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../neo4j/local/local-server.js';
import { localPassword } from '../../neo4j/local/password.js';
import { serverInfo } from '../../neo4j/server-info.js';
import { print, say } from '../output.js';

/** `policy-graph neo4j start|stop|status`: the local server used when NEO4J_URI is unset. */
export function neo4jCommand(program: Command, config: () => Config): void {
  const neo4j = program.command('neo4j').description('local Neo4j 5.26 (+ APOC) on 127.0.0.1');

  neo4j
    .command('start')
    .description('start the local Neo4j (downloads it on first use); returns when Bolt answers')
    .action(async () => {
      const { local, neo4j: n } = config();
      const result = await startLocalNeo4j(local, localPassword(local.home, n.password), say);
      const verb = result.alreadyRunning ? 'already running' : 'started';
      print(
        `Neo4j ${verb} at ${result.connection.uri} (pid ${result.pid}, ${(result.elapsedMs / 1000).toFixed(1)} s)`,
      );
    });

  neo4j
    .command('stop')
    .description('stop the local Neo4j cleanly')
    .action(async () => {
      const stopped = await stopLocalNeo4j(config().local);
      print(stopped ? 'Neo4j stopped.' : 'Neo4j is not running: nothing to stop.');
    });

  neo4j
    .command('status')
    .description('say whether the local Neo4j runs, where, and which version')
    .action(async () => {
      const { local, neo4j: n } = config();
      const pid = localPid(local);
      if (pid === undefined) {
        print(`Neo4j is not running (home ${local.home}).`);
        process.exitCode = 3;
        return;
      }
      const connection = localConnection(local, localPassword(local.home, n.password));
      const driver = createDriver(connection);
      try {
        const info = await serverInfo(driver, 'neo4j');
        print(`Neo4j ${info.version} ${info.edition} running at ${connection.uri} (pid ${pid})`);
        print(`APOC ${info.apoc ?? 'not installed'}; data and logs in ${local.home}`);
      } finally {
        await driver.close();
      }
    });
}
