import { basename } from 'node:path';
import { slug } from '../../model/names/normalise.js';
import { datasetNamed, type DatasetDocument } from '../pipeline/dataset.js';

/** The Document (kind DATASET) a register file becomes; every imported fact cites it. */
export interface RegisterDocument extends DatasetDocument {
  /** The rank of the officials in this file, from its name; undefined when the name does not say. */
  readonly rank?: string;
}

export const EC_MEETINGS = datasetNamed('ec-meetings');

export const REGISTER_URL = 'https://ec.europa.eu/transparencyinitiative/meetings/';
export const REPOSITORY =
  'https://github.com/aminaazaiez/European-Commission-/tree/4d61e93/data/meetings';
export const LICENCE =
  'European Commission reuse policy (Decision 2011/833/EU): reuse allowed with acknowledgement of the source ("European Commission, meetings with interest representatives")';

/** The file's rank: "Commissioner" for commissioners*.jsonl, "Director-General" for directorate-general*.jsonl. */
export function rankOf(file: string): string | undefined {
  const name = basename(file).toLowerCase();
  if (name.includes('commissioner')) return 'Commissioner';
  if (name.includes('directorate') || name.includes('director')) return 'Director-General';
  return undefined;
}

export function datasetDocument(file: string): RegisterDocument {
  const base = basename(file).replace(/\.jsonl$/i, '');
  const rank = rankOf(file);
  const who = rank ? `${rank}s` : base;
  return {
    id: `doc:ec-meetings-${slug(base)}`,
    file,
    rank,
    props: {
      name: `European Commission, meetings with interest representatives (${who})`,
      kind: 'DATASET',
      publisher: 'European Commission',
      url: REGISTER_URL,
      repository: REPOSITORY,
      licence: LICENCE,
    },
  };
}
