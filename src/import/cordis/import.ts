import type { Driver } from 'neo4j-driver';
import type { EntityCounts } from '../pipeline/entity-counts.js';
import { runImport, type DatasetReport, type ImportOptions } from '../pipeline/run-import.js';
import { cordisAdapter, type CordisAdapterOptions } from './adapter.js';

export interface CordisImportOptions extends ImportOptions, CordisAdapterOptions {}

/** The pipeline's report in the release's words: projects, organisations, programmes and calls. */
export interface CordisReport extends DatasetReport {
  readonly projects: EntityCounts;
  readonly organisations: EntityCounts;
  readonly programmes: EntityCounts;
  readonly participations: number;
}

/** `policy-graph import cordis`: CORDIS releases through the import pipeline. */
export async function importCordis(
  driver: Driver,
  database: string,
  releases: readonly string[],
  options: CordisImportOptions,
): Promise<CordisReport> {
  const adapter = cordisAdapter(options);
  const { report, resolution } = await runImport(driver, database, adapter, releases, options);
  const { counts, context } = resolution;
  let participations = 0;
  for (const o of context.participants.values()) participations += o.projects;
  return {
    ...report,
    projects: counts.projects!,
    organisations: counts.organisations!,
    programmes: counts.programmes!,
    participations,
  };
}
