import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { datasetDocument } from './dataset.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from './files.js';
import { hashJudgements, importMeetings, type ImportReport } from './import.js';
import { sha256Of } from './scan.js';

/**
 * `npm start`'s step after the curated seed: imports the shipped register files unless every
 * dataset Document already records the same file sha256 and judgements hash (a warm start then
 * costs two file hashes and one query).
 */
export async function importIfChanged(
  driver: Driver,
  database: string,
  log: (line: string) => void,
  files: readonly string[] = EC_MEETINGS_FILES,
  judgementsPath = JUDGEMENTS_FILE,
): Promise<ImportReport | undefined> {
  const judgements = hashJudgements(judgementsPath);
  const want = await Promise.all(
    files.map(async (f) => ({ id: datasetDocument(f).id, sha256: await sha256Of(f) })),
  );
  const { records } = await driver.executeQuery(
    cypherFile('import/dataset-state.cypher'),
    { ids: want.map((w) => w.id) },
    { database, routing: 'READ' },
  );
  const have = new Map(records.map((r) => [r.get('id') as string, r]));
  const current = want.every(
    (w) =>
      have.get(w.id)?.get('sha256') === w.sha256 &&
      have.get(w.id)?.get('importedWith') === judgements,
  );
  if (current) {
    log('meetings: already loaded and unchanged');
    return undefined;
  }
  log('meetings: importing the Commission register (data/ec-meetings/)…');
  const report = await importMeetings(driver, database, files, { judgementsPath });
  log(
    `meetings: ${report.meetings.distinct} meetings (${report.meetings.created} new), ${report.suggestions.length} suggestions to review · ${(report.elapsedMs / 1000).toFixed(1)} s`,
  );
  return report;
}
