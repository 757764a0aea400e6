import type { Driver } from 'neo4j-driver';
import type { Resolution } from '../../identity/resolve-names.js';
import type { EntityCounts } from '../pipeline/entity-counts.js';
import { runImport, type DatasetReport, type ImportOptions } from '../pipeline/run-import.js';
import { meetingsAdapter } from './adapter.js';

export type { ImportOptions };

/** The pipeline's report in the register's words: meetings, organisations, officials. */
export interface ImportReport extends DatasetReport {
  readonly rowsRead: number;
  readonly rowsValid: number;
  readonly meetings: { readonly distinct: number; readonly created: number };
  readonly organisations: EntityCounts;
  readonly officials: EntityCounts;
  readonly subjectTerms: number;
  readonly resolutions: { readonly organisations: Resolution; readonly officials: Resolution };
}

/** `policy-graph import ec-meetings`: the register files through the import pipeline. */
export async function importMeetings(
  driver: Driver,
  database: string,
  files: readonly string[],
  options: ImportOptions,
): Promise<ImportReport> {
  const { report, resolution } = await runImport(driver, database, meetingsAdapter, files, options);
  const { context, counts } = resolution;
  return {
    ...report,
    rowsRead: report.recordsRead,
    rowsValid: report.recordsValid,
    meetings: { distinct: report.distinct, created: report.created },
    organisations: counts.organisations!,
    officials: counts.officials!,
    subjectTerms: context.subjects.size,
    resolutions: context.resolutions,
  };
}
