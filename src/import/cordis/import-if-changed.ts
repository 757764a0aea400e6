import type { Driver } from 'neo4j-driver';
import { allImported } from '../pipeline/dataset-state.js';
import { cordisAdapter } from './adapter.js';
import { CORDIS_JUDGEMENTS, CORDIS_SUBSET } from './files.js';
import { importCordis, type CordisReport } from './import.js';

/**
 * `npm start`'s step after the meetings register: imports the shipped CORDIS subset (the Health
 * cluster, data/cordis/) unless its release Document already records the same bytes and
 * judgements.
 */
export async function importCordisIfChanged(
  driver: Driver,
  database: string,
  log: (line: string) => void,
  release = CORDIS_SUBSET,
  judgementsPath = CORDIS_JUDGEMENTS,
): Promise<CordisReport | undefined> {
  const doc = { id: cordisAdapter().document(release).id, path: release };
  if (await allImported(driver, database, [doc], judgementsPath)) {
    log('cordis: already loaded and unchanged');
    return undefined;
  }
  log('cordis: importing the Horizon Europe Health cluster (data/cordis/)…');
  const report = await importCordis(driver, database, [release], { judgementsPath });
  log(
    `cordis: ${report.recordsValid} projects, ${report.organisations.spellings} organisations, ${report.participations} participations, ${report.suggestions.length} suggestions to review · ${(report.elapsedMs / 1000).toFixed(1)} s`,
  );
  return report;
}
