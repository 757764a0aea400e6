import type { Driver } from 'neo4j-driver';
import { cordisAdapter } from '../import/cordis/adapter.js';
import {
  importCordis,
  type CordisImportOptions,
  type CordisReport,
} from '../import/cordis/import.js';
import { countEntries } from '../import/cordis/release-entries.js';
import { cordisSummary } from '../import/cordis/report.js';
import { hashJudgements, readDatasetState, sha256Of } from '../import/pipeline/dataset-state.js';
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
  if (
    !options.force &&
    !options.dryRun &&
    (await allImported(driver, database, releases, options))
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

/** True when every release's Document records these bytes and these judgements. */
async function allImported(
  driver: Driver,
  database: string,
  releases: readonly string[],
  options: CordisImportOptions,
): Promise<boolean> {
  const adapter = cordisAdapter(options);
  const judgements = hashJudgements(options.judgementsPath);
  const want = await Promise.all(
    releases.map(async (r) => ({
      id: adapter.document(r).id,
      sha256: await sha256Of(r).catch(() => ''),
    })),
  );
  const have = await readDatasetState(
    driver,
    database,
    want.map((w) => w.id),
  );
  return want.every(
    (w) =>
      w.sha256 &&
      have.get(w.id)?.sha256 === w.sha256 &&
      have.get(w.id)?.importedWith === judgements,
  );
}
