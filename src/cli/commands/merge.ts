import { randomUUID } from 'node:crypto';
import type { Config } from '../../config/config.js';
import { runMerge } from '../../app/merge.js';
import { cliActor } from '../../audit/actor.js';
import { print } from '../output.js';
import { withDatabase } from '../with-database.js';

/** `policy-graph merge <keep> <drop> --reason "…"`: merge with redirect (src/merge/). */
export async function mergeCommand(
  config: Config,
  keep: string,
  drop: string,
  opts: { reason: string },
): Promise<void> {
  const result = await withDatabase(config, (driver, connection) =>
    runMerge(driver, connection.database, {
      keep,
      drop,
      reason: opts.reason,
      actor: cliActor(),
      requestId: randomUUID(),
    }),
  );
  print(`merged ${result.drop} into ${result.keep} (${result.label})`);
  print(
    `  relationships: ${result.relationshipsMoved} moved, ${result.relationshipsUnited} united with existing ones`,
  );
  if (result.redirectsCollapsed) {
    print(`  redirects now pointing at ${result.keep}: ${result.redirectsCollapsed} more`);
  }
  print(`  ${result.drop} now redirects to ${result.keep}; audit record ${result.changeId}`);
}
