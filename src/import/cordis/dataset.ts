import { basename } from 'node:path';
import { toNeo4j } from '../../model/neo4j-values.js';
import { datasetNamed, type DatasetDocument } from '../pipeline/dataset.js';

/** CORDIS, the Commission's research projects: the import's name and the origin of its nodes. */
export const CORDIS = datasetNamed('cordis');

export const CORDIS_URL = 'https://cordis.europa.eu/dataset/dataset/horizon/';
export const LICENCE =
  'European Commission reuse policy (Decision 2011/833/EU): reuse allowed with acknowledgement of the source ("European Commission, CORDIS — EU research projects under Horizon Europe (2021-2027)")';

/** A release Document: the date it states its facts as of. */
export interface ReleaseDocument extends DatasetDocument {
  readonly releaseDate: string;
}

const DATE_IN_NAME = /(\d{4})-(\d{2})-(\d{2})/;

/** The release date a file or folder name carries (`horizon-projects-2025-11-16.zip`). */
export function releaseDateOf(path: string): string | undefined {
  const m = DATE_IN_NAME.exec(basename(path));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/**
 * The Document (kind DATASET) one release becomes: every fact it states cites it, and its date
 * orders it among releases (a later one's values are shown). The date comes from the name, or
 * from `--release-date` when the name has none.
 */
export function releaseDocument(path: string, releaseDate: string): ReleaseDocument {
  return {
    id: `doc:cordis-horizon-projects-${releaseDate}`,
    file: path,
    releaseDate,
    props: toNeo4j({
      name: `European Commission, CORDIS — EU research projects under Horizon Europe (2021-2027), release of ${releaseDate}`,
      kind: 'DATASET',
      publisher: 'European Commission',
      published: releaseDate,
      url: CORDIS_URL,
      licence: LICENCE,
    }),
  };
}

/** Where a project file states a fact: `data/259/259165.xml:120` (the entry in the release). */
export const entryLine = (where: string, line: number): string => `${where}:${line}`;

/** The CORDIS page of a project. */
export const projectUrl = (grant: string): string => `https://cordis.europa.eu/project/id/${grant}`;

/** CORDIS writes Greece EL and the United Kingdom UK (EU conventions); ISO says GR and GB. */
const ISO: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** A country code as its English name, as curated entities write countries ("BE" → "Belgium"). */
export function countryName(code: string): string {
  const iso = ISO[code.toUpperCase()] ?? code.toUpperCase();
  try {
    return /^[A-Z]{2}$/.test(iso) ? (regions.of(iso) ?? code) : code;
  } catch {
    return code;
  }
}
