import type { Driver } from 'neo4j-driver';
import { cordisAdapter } from '../import/cordis/adapter.js';
import {
  importCordis,
  type CordisImportOptions,
  type CordisReport,
} from '../import/cordis/import.js';
import { countEntries } from '../import/cordis/release-entries.js';
import { cordisSummary } from '../import/cordis/report.js';
import { allImported } from '../import/pipeline/dataset-state.js';
import type { Output } from './output.js';

/**
 * Imports CORDIS releases with progress and the summary. Releases already imported with the
 * same bytes and judgements are not read again (unless `force`): the answer is at once.
 */
export async function importCordisReleases(
  driver: Driver,
  database: string,
  releases: readonly string[],
  options: CordisImportOptions & { readonly force?: boolean },
  out: Output,
): Promise<CordisReport | undefined> {
  const adapter = cordisAdapter(options);
  const docs = releases.map((path) => ({ id: adapter.document(path).id, path }));
  if (
    !options.force &&
    !options.dryRun &&
    (await allImported(driver, database, docs, options.judgementsPath))
  ) {
    out.print(
      'cordis: these releases are imported already, with the same judgements; nothing to do (--force reads them again)',
    );
    return undefined;
  }
  let total = 0;
  for (const r of releases) total += await countEntries(r);
  const reading = out.progress('reading', 'project files');
  const writing = out.progress('writing', 'projects');
  const report = await importCordis(driver, database, releases, {
    ...options,
    onStage: (stage) => {
      if (stage !== 'check') reading.stop();
      out.say(`${stage}…`);
    },
    onEntries: (n) => reading.update(n, Math.max(n, total)),
    onProgress: (done, all) => writing.update(done, all),
  });
  reading.stop();
  writing.stop();
  for (const line of cordisSummary(report, options)) out.print(line);
  return report;
}
