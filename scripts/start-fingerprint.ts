/**
 * The graph `npm start` builds, as one hash: wipes the database, then migrate → curated seed →
 * meetings register → CORDIS Health subset (as `npm start` does, without serving; `--skip-cordis`
 * leaves the last out) and prints the fingerprint of every
 * node and relationship (audit records left out, see neo4j/fingerprint.ts). Two checkouts that
 * print the same hash build the same graph; used to prove a refactor changed no behaviour.
 *
 *   npx policy-graph neo4j start && npx tsx scripts/start-fingerprint.ts --wipe
 *
 * `--wipe` is required: the script deletes everything in the configured database.
 */
import { loadConfig } from '../src/config/config.js';
import { fromRoot } from '../src/config/paths.js';
import { runMigrate } from '../src/app/migrate.js';
import { runSeed } from '../src/app/seed.js';
import { withDatabase } from '../src/cli/with-database.js';
import { importIfChanged } from '../src/import/ec-meetings/import-if-changed.js';
import { importCordisIfChanged } from '../src/import/cordis/import-if-changed.js';
import { graphFingerprint } from '../src/neo4j/fingerprint.js';
import { listSeedFiles } from '../src/seed/read/read-text.js';
import { cliOutput } from '../src/cli/cli-output.js';

if (!process.argv.includes('--wipe')) {
  console.error('start-fingerprint deletes the whole database first; pass --wipe to confirm');
  process.exit(2);
}

await withDatabase(loadConfig(), async (driver, { database }) => {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await runMigrate(driver, database, cliOutput);
  await runSeed(driver, database, listSeedFiles(fromRoot('seed')), {}, cliOutput);
  await importIfChanged(driver, database, () => undefined);
  if (!process.argv.includes('--skip-cordis'))
    await importCordisIfChanged(driver, database, (line) => console.error(line));
  console.log(`fingerprint ${await graphFingerprint(driver, database)}`);
});
