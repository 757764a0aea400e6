import { fromRoot } from '../../config/paths.js';

/** The register files shipped with the project (data/ec-meetings/README.md). */
export const EC_MEETINGS_FILES = [
  fromRoot('data', 'ec-meetings', 'directorate-general.jsonl'),
  fromRoot('data', 'ec-meetings', 'commissioners.jsonl'),
];

/** Reviewers' decisions on suggested pairs, applied on every import. */
export const JUDGEMENTS_FILE = fromRoot('data', 'judgements', 'ec-meetings.yaml');
