import type { Driver } from 'neo4j-driver';
import {
  importMeetings,
  type ImportOptions,
  type ImportReport,
} from '../import/ec-meetings/import.js';
import { summaryLines } from '../import/ec-meetings/report.js';
import type { Output } from './output.js';

/** Imports register files with progress and the summary; the report says what was written. */
export async function importMeetingFiles(
  driver: Driver,
  database: string,
  files: readonly string[],
  options: ImportOptions,
  out: Output,
): Promise<ImportReport> {
  const progress = out.progress('meetings');
  const report = await importMeetings(driver, database, files, {
    ...options,
    onStage: (stage) => out.say(`${stage}…`),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  for (const line of summaryLines(report, options)) out.print(line);
  return report;
}
