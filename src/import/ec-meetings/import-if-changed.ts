import type { Driver } from 'neo4j-driver';
import { allImported } from '../pipeline/dataset-state.js';
import { datasetDocument } from './dataset.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from './files.js';
import { importMeetings, type ImportReport } from './import.js';

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
  const docs = files.map((path) => ({ id: datasetDocument(path).id, path }));
  const current = await allImported(driver, database, docs, judgementsPath);
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
